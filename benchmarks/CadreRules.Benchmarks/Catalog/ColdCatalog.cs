using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using CadreRules.Rules;

namespace CadreRules.Benchmarks.Catalog;

/// <summary>
/// The catalogue's first use in a fresh process (<c>--catalog-cold</c>, run by <c>--batch</c> in child processes): type
/// initialisation and JIT included, which a steady-state BenchmarkDotNet figure hides.
/// </summary>
public static class ColdCatalog
{
    public static int RunOne()
    {
        Console.WriteLine(ColdCatalogProbe.Run());
        return 0;
    }

    public static void RunAll(int runs)
    {
        var messages = new List<double>();
        var json = new List<double>();
        var evaluation = new List<double>();
        var catalog = new List<double>();
        var total = new List<double>();
        string regulations = "?";
        for (int i = 0; i < runs; i++)
        {
            string output = Batch.BatchRunner.RunChild(["--catalog-cold"]);
            foreach (string part in output.Trim().Split(' '))
            {
                string[] kv = part.Split('=');
                if (kv.Length != 2)
                {
                    continue;
                }

                switch (kv[0])
                {
                    case "regulations": regulations = kv[1]; break;
                    case "jsonReadMs": json.Add(double.Parse(kv[1], CultureInfo.InvariantCulture)); break;
                    case "messagesMs": messages.Add(double.Parse(kv[1], CultureInfo.InvariantCulture)); break;
                    case "evaluationMs": evaluation.Add(double.Parse(kv[1], CultureInfo.InvariantCulture)); break;
                    case "catalogMs": catalog.Add(double.Parse(kv[1], CultureInfo.InvariantCulture)); break;
                    case "totalMs": total.Add(double.Parse(kv[1], CultureInfo.InvariantCulture)); break;
                }
            }
        }

        messages.Sort();
        json.Sort();
        evaluation.Sort();
        catalog.Sort();
        total.Sort();
        Console.WriteLine();
        Console.WriteLine($"Catalogue, first use in a fresh process ({regulations} shipped regulations; median of {runs} processes, JIT included):");
        Console.WriteLine();
        Console.WriteLine("| Step (times are cumulative) | Median (ms) | Min (ms) | Max (ms) |");
        Console.WriteLine("|------|------------:|---------:|---------:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| MessageCatalog.Default (first use) | {messages[runs / 2]:F1} | {messages[0]:F1} | {messages[^1]:F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| … + EvaluationRegulations.All (evaluation regimes built) | {evaluation[runs / 2]:F1} | {evaluation[0]:F1} | {evaluation[^1]:F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| … + ShippedRegulations.Catalog (all built, validated) | {catalog[runs / 2]:F1} | {catalog[0]:F1} | {catalog[^1]:F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| … + variant written to JSON, read back (read alone: {json[runs / 2]:F1} ms), layered, InForce | {total[runs / 2]:F1} | {total[0]:F1} | {total[^1]:F1} |"));
    }
}
