namespace Hearth.Domain.Finance;

/// <summary>
/// The age bands of the average weekly cost report, by the child's age in whole years on each night (see
/// <see cref="AgeBands"/>). A night after the 18th birthday (rare: a foster placement normally ends at 18) is counted in
/// <see cref="EighteenAndOver"/> so that no night or penny is dropped.
/// </summary>
public enum AgeBand
{
    ZeroToFour = 1,
    FiveToTen = 2,
    ElevenToFifteen = 3,
    SixteenToSeventeen = 4,
    EighteenAndOver = 5,
}
