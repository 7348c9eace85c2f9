namespace Hearth.Domain.Sourcing;

/// <summary>
/// The fixed list of skills and training a carer household can hold, each tied to referral fields by
/// <see cref="Matching.MatchNeeds.SkillsNeeded"/> (see ADR 0016 for the table). A flag per skill keeps matching a bit test.
/// </summary>
[Flags]
public enum HouseholdSkills
{
    None = 0,
    /// <summary>Trauma-informed / therapeutic parenting: therapeutic support asked for, or a deprivation of liberty.</summary>
    TraumaInformed = 1,
    /// <summary>Autism, learning and communication needs: the referral says the child has communication or learning needs.</summary>
    AutismAndLearning = 2,
    /// <summary>Disability and complex health: a disabled child, or the home needs adapting.</summary>
    DisabilityAndComplexHealth = 4,
    /// <summary>British Sign Language or Makaton.</summary>
    SignLanguage = 8,
    /// <summary>Unaccompanied asylum-seeking children.</summary>
    Uasc = 16,
    /// <summary>Parent and child assessments.</summary>
    ParentAndChild = 32,
    /// <summary>Risk of child sexual or criminal exploitation (CSE/CCE).</summary>
    Exploitation = 64,
    SelfHarm = 128,
    GoingMissing = 256,
    SubstanceMisuse = 512,
    EatingDisorders = 1024,
    /// <summary>Physical harm to others, fire setting or harm to animals.</summary>
    ChallengingBehaviour = 2048,
    HarmfulSexualBehaviour = 4096,
}

public static class HouseholdSkill
{
    public static readonly IReadOnlyList<HouseholdSkills> All =
        Enum.GetValues<HouseholdSkills>().Where(s => s != HouseholdSkills.None).ToArray();

    public const HouseholdSkills Every = (HouseholdSkills)8191;

    public static string Name(HouseholdSkills skill) => skill switch
    {
        HouseholdSkills.TraumaInformed => "trauma-informed care",
        HouseholdSkills.AutismAndLearning => "autism and learning needs",
        HouseholdSkills.DisabilityAndComplexHealth => "disability and complex health",
        HouseholdSkills.SignLanguage => "sign language (BSL or Makaton)",
        HouseholdSkills.Uasc => "unaccompanied asylum-seeking children",
        HouseholdSkills.ParentAndChild => "parent and child",
        HouseholdSkills.Exploitation => "risk of exploitation (CSE or CCE)",
        HouseholdSkills.SelfHarm => "self-harm",
        HouseholdSkills.GoingMissing => "going missing",
        HouseholdSkills.SubstanceMisuse => "drug and alcohol use",
        HouseholdSkills.EatingDisorders => "eating disorders",
        HouseholdSkills.ChallengingBehaviour => "challenging behaviour",
        HouseholdSkills.HarmfulSexualBehaviour => "harmful sexual behaviour",
        _ => "none",
    };

    /// <summary>The names of the flags set, in the enum's order, comma separated; "none" when none.</summary>
    public static string Names(HouseholdSkills skills)
    {
        var names = All.Where(s => (skills & s) != 0).Select(Name).ToList();
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
