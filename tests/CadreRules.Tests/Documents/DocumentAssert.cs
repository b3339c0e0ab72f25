using System;
using System.Linq;
using CadreRules.Rules;
using CadreRules.Documents;

namespace CadreRules.Tests.Documents;

internal static class DocumentAssert
{
    /// <summary>Asserts that reading fails with a <see cref="DocumentException"/> naming exactly <paramref name="path"/>.</summary>
    public static DocumentException FailsAt(string path, Action read)
    {
        DocumentException e = Assert.Throws<DocumentException>(read);
        Assert.Equal(path, e.Path);
        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
        return e;
    }

    public static bool SameFinding(Finding a, Finding b) =>
        a.Code == b.Code && a.Text == b.Text && a.Citation == b.Citation && a.Status == b.Status && a.Severity == b.Severity
        && a.Values.SequenceEqual(b.Values)
        && a.Children.Length == b.Children.Length
        && a.Children.Zip(b.Children).All(p => SameFinding(p.First, p.Second));

    public static bool SameVerdict(Verdict<string> a, Verdict<string> b) =>
        a.Outcome == b.Outcome && a.Regulation == b.Regulation && SameFinding(a.Explanation, b.Explanation);
}
