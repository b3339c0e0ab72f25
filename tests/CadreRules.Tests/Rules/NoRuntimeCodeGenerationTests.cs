using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using CadreRules.Rules;

namespace CadreRules.Tests.Rules;

/// <summary>
/// Each condition is written once, as a plain delegate, and nothing is compiled at run time: the core assembly refers
/// to no type of <c>System.Linq.Expressions</c> (nor of <c>System.Reflection.Emit</c>) and to neither assembly. Read
/// from the assembly's metadata, so a reference in any signature, body or attribute counts.
/// </summary>
public class NoRuntimeCodeGenerationTests
{
    private static readonly string[] Forbidden = ["System.Linq.Expressions", "System.Reflection.Emit"];

    [Fact]
    public void CoreAssembly_ReferencesNoExpressionTreeOrEmitType()
    {
        using var stream = File.OpenRead(typeof(Rule).Assembly.Location);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();

        var referenced = new List<string>();
        foreach (TypeReferenceHandle handle in metadata.TypeReferences)
        {
            TypeReference type = metadata.GetTypeReference(handle);
            referenced.Add(metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name));
        }

        var assemblies = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();

        Assert.True(referenced.Count > 100, $"only {referenced.Count} type references read"); // the reader sees the real thing
        Assert.Contains(referenced, t => t == "System.Func`2");
        Assert.DoesNotContain(referenced, t => Forbidden.Any(ns => t.StartsWith(ns + ".", System.StringComparison.Ordinal)));
        Assert.DoesNotContain(assemblies, a => Forbidden.Contains(a));
    }
}
