using System;
using System.Globalization;
using System.IO;

namespace CadreRules.Province;

/// <summary>The command line: <c>KIND [--people N] [--seed S] [--out FILE|-] [--indent]</c>.</summary>
internal static class Program
{
    private const string Usage = """
        Usage: CadreRules.Province KIND [--people N] [--seed S] [--out FILE|-] [--indent]
          KIND       evaluations | roster | planning | variant
          --people   number of people (candidates for planning), default 1000
          --seed     seed (an unsigned 64-bit integer), default 1
          --out      output file, or - for standard output (default)
          --indent   indent by two spaces (compact by default)
        The same arguments always write the same bytes.
        """;

    private static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.Error.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        ProvinceDocument kind;
        switch (args[0])
        {
            case "evaluations":
                kind = ProvinceDocument.Evaluations;
                break;
            case "roster":
                kind = ProvinceDocument.Roster;
                break;
            case "planning":
                kind = ProvinceDocument.Planning;
                break;
            case "variant":
                kind = ProvinceDocument.Variant;
                break;
            default:
                return Fail($"unknown kind '{args[0]}'.");
        }

        int people = 1000;
        ulong seed = 1;
        string output = "-";
        bool indent = false;
        for (int i = 1; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--people" when value is not null && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out people) && people >= 1:
                case "--seed" when value is not null && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seed):
                case "--out" when value is not null && (output = value).Length > 0:
                    i++;
                    break;
                case "--indent":
                    indent = true;
                    break;
                default:
                    return Fail($"invalid argument '{args[i]}'{(value is null ? string.Empty : $" '{value}'")}.");
            }
        }

        using Stream stream = output == "-" ? Console.OpenStandardOutput() : new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        ProvinceGenerator.Write(kind, stream, people, seed, indent);
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("error: " + message);
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
