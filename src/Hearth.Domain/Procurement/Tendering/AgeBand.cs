using System.Globalization;
using Hearth.Domain.Common;

namespace Hearth.Domain.Procurement.Tendering;

/// <summary>An age band of a price schedule: whole years from <see cref="From"/> to <see cref="To"/>, both inclusive.</summary>
public readonly record struct AgeBand(int From, int To)
{
    public bool Contains(int age) => age >= From && age <= To;

    /// <summary>"0–4", "16–17"; a one-year band is written "17".</summary>
    public override string ToString() =>
        From == To ? From.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{From}–{To}");
}

/// <summary>
/// The columns of a price schedule: contiguous age bands covering every age from 0 to 17 exactly once, youngest first.
/// The default is the one commissioners use most: 0–4, 5–10, 11–15, 16–17.
/// </summary>
public sealed class AgeBands
{
    public const int OldestAge = 17;
    public const int MaximumBands = 18;

    public static AgeBands Default { get; } = new([new(0, 4), new(5, 10), new(11, 15), new(16, 17)]);

    private readonly AgeBand[] _bands;

    private AgeBands(AgeBand[] bands) => _bands = bands;

    public IReadOnlyList<AgeBand> Bands => _bands;

    /// <summary>
    /// Bands from the first age of each band, e.g. [0, 5, 11, 16] gives 0–4, 5–10, 11–15, 16–17. The list must start at
    /// 0, rise strictly and stay within 0–17.
    /// </summary>
    public static AgeBands FromLowerBounds(IReadOnlyList<int> lowerBounds)
    {
        const string field = "AgeBands";
        if (lowerBounds is null || lowerBounds.Count == 0) throw new DomainException(field, "Enter at least one age band");
        if (lowerBounds.Count > MaximumBands) throw new DomainException(field, $"Enter no more than {MaximumBands} age bands");
        if (lowerBounds[0] != 0) throw new DomainException(field, "The first age band must start at 0");
        var bands = new AgeBand[lowerBounds.Count];
        for (var i = 0; i < lowerBounds.Count; i++)
        {
            var from = lowerBounds[i];
            if (from is < 0 or > OldestAge) throw new DomainException(field, $"Age bands must start between 0 and {OldestAge}");
            var to = i + 1 < lowerBounds.Count ? lowerBounds[i + 1] - 1 : OldestAge;
            if (to < from) throw new DomainException(field, "Each age band must start after the one before it");
            bands[i] = new AgeBand(from, to);
        }
        return new AgeBands(bands);
    }

    /// <summary>Parses "0, 5, 11, 16" (the first age of each band) as typed on a page.</summary>
    public static AgeBands Parse(string? text)
    {
        var parts = (text ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var bounds = new List<int>(parts.Length);
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var age))
                throw new DomainException("AgeBands", "Enter the first age of each band as whole numbers separated by commas, like 0, 5, 11, 16");
            bounds.Add(age);
        }
        return FromLowerBounds(bounds);
    }

    /// <summary>The index of the band holding <paramref name="age"/>; -1 for an age outside 0–17.</summary>
    public int IndexOf(int age)
    {
        for (var i = 0; i < _bands.Length; i++)
            if (_bands[i].Contains(age)) return i;
        return -1;
    }

    public string LowerBoundsText => string.Join(", ", _bands.Select(b => b.From.ToString(CultureInfo.InvariantCulture)));
}
