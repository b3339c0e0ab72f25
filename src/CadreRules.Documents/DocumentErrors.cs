using System;
using System.Collections.Generic;

namespace CadreRules.Documents;

/// <summary>Collects the errors of a document's items (each cadre, candidate, request…) so that all of them are
/// reported, the first <see cref="DocumentException.MaxErrors"/> in full and the others counted.</summary>
internal sealed class DocumentErrors
{
    private readonly List<DocumentException> _errors = [];

    private int _count;

    public bool Any => _count > 0;

    /// <summary>Runs one item's mapping; on a document error records it and returns the default.</summary>
    public T? Try<T>(Func<T> map)
        where T : class
    {
        try
        {
            return map();
        }
        catch (DocumentException e)
        {
            Add(e);
            return null;
        }
    }

    public void Add(DocumentException error)
    {
        foreach (DocumentException each in error.Errors)
        {
            _count++;
            if (_errors.Count < DocumentException.MaxErrors)
            {
                _errors.Add(each);
            }
        }

        _count += error.ErrorCount - error.Errors.Count;
    }

    public void ThrowIfAny()
    {
        if (_count > 0)
        {
            throw DocumentException.Combine(_errors, _count);
        }
    }
}
