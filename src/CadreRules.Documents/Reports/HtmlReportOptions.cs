using CadreRules.Rules;

namespace CadreRules.Documents.Reports;

/// <summary>
/// What an HTML report says about where its data came from, in which language it is written, and how many people and
/// groups it lists one by one (<see cref="HtmlReports"/>).
/// </summary>
/// <remarks>
/// <para>A report lists the people it is about (those moved by the quota, undetermined, removed from a plan, changing
/// outcome) one row each up to <see cref="MaxPeopleListed"/> per section, then says how many more there are; groups (units)
/// are listed up to <see cref="MaxGroupsListed"/>, the rest summed into one row. Counts, charts and the matrix always
/// cover everyone. So a province of 500,000 people gives a report of a few thousand rows, and the writer holds no
/// person's HTML beyond the row it is writing.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record HtmlReportOptions
{
    /// <summary>The default number of people listed one by one in a section (1,000).</summary>
    public const int DefaultMaxPeopleListed = 1000;

    /// <summary>The default number of groups (units) listed one by one (500).</summary>
    public const int DefaultMaxGroupsListed = 500;

    private readonly int _maxPeopleListed = DefaultMaxPeopleListed;
    private readonly int _maxGroupsListed = DefaultMaxGroupsListed;

    /// <summary>Gets the options of a Vietnamese report with the default limits and no source named.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>Gets the language of the report (default Vietnamese).</summary>
    public Language Language { get; init; } = Language.Vietnamese;

    /// <summary>Gets the organisation named in the header (the document's own field, when it has one), or
    /// <see langword="null"/>: the header then names <see cref="DataFile"/> instead.</summary>
    public string? Organisation { get; init; }

    /// <summary>Gets the name of the data file the report was made from, or <see langword="null"/>.</summary>
    public string? DataFile { get; init; }

    /// <summary>Gets the most people listed one by one in each section (default <see cref="DefaultMaxPeopleListed"/>).</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int MaxPeopleListed
    {
        get => _maxPeopleListed;
        init
        {
            System.ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MaxPeopleListed));
            _maxPeopleListed = value;
        }
    }

    /// <summary>Gets the most groups (units) listed one by one; the others are summed in one row (default
    /// <see cref="DefaultMaxGroupsListed"/>).</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int MaxGroupsListed
    {
        get => _maxGroupsListed;
        init
        {
            System.ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MaxGroupsListed));
            _maxGroupsListed = value;
        }
    }

    /// <summary>The name the header gives the source: the organisation, else the data file, else a dash.</summary>
    internal string Source => !string.IsNullOrWhiteSpace(Organisation) ? Organisation : !string.IsNullOrWhiteSpace(DataFile) ? DataFile : "—";
}
