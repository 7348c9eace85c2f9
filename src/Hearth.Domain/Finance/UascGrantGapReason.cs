namespace Hearth.Domain.Finance;

public enum UascGrantGapReason
{
    /// <summary>No rate is recorded for the child's age band on these nights: add one, or the grant due is understated.</summary>
    NoRate = 1,
    /// <summary>The child was 18 or over: the UASC grant does not apply (a care leaver's grant is claimed separately).</summary>
    Aged18OrOver = 2,
}
