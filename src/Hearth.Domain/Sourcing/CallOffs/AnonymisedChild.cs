namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>One child of an anonymised referral: age in whole years, never a name, date of birth or case reference.</summary>
public sealed record AnonymisedChild(int AgeInYears, string Sex, string Ethnicity, string Religion, string FirstLanguage,
    bool HasDisability, bool IsUasc, string LegalStatus);
