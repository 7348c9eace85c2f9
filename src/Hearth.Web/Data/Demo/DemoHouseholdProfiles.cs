using Hearth.Domain.Sourcing;

namespace Hearth.Web.Data.Demo;

/// <summary>
/// Gives demo carer households realistic register entries: approvals, vacancies, skills, languages, religion, pets and
/// other children. Draws from its own random stream (seeded from the demo seed), so the placements and spend that the
/// main stream produces stay exactly as they were; confirmation dates are kept, so some households stay stale.
/// </summary>
internal static class DemoHouseholdProfiles
{
    private static readonly string[] Languages =
        ["Polish", "Romanian", "Urdu", "Punjabi", "Bengali", "Arabic", "Turkish", "Kurdish", "Pashto", "Tigrinya", "Nepali", "Lithuanian", "Portuguese", "French"];

    private static readonly (HouseholdSkills Skill, int Percent)[] SkillOdds =
    [
        (HouseholdSkills.TraumaInformed, 40), (HouseholdSkills.AutismAndLearning, 20), (HouseholdSkills.DisabilityAndComplexHealth, 12),
        (HouseholdSkills.SignLanguage, 3), (HouseholdSkills.Uasc, 10), (HouseholdSkills.Exploitation, 15), (HouseholdSkills.SelfHarm, 20),
        (HouseholdSkills.GoingMissing, 15), (HouseholdSkills.SubstanceMisuse, 10), (HouseholdSkills.EatingDisorders, 5),
        (HouseholdSkills.ChallengingBehaviour, 20), (HouseholdSkills.HarmfulSexualBehaviour, 5),
    ];

    public static void Apply(IEnumerable<CarerHousehold> households, int seed)
    {
        var rng = new Random(seed);
        foreach (var h in households)
        {
            var approvals = HouseholdApprovals.None;
            if (rng.Next(100) < 90) approvals |= HouseholdApprovals.ShortTerm;
            if (rng.Next(100) < 70) approvals |= HouseholdApprovals.LongTerm;
            if (rng.Next(100) < 25) approvals |= HouseholdApprovals.Emergency;
            if (rng.Next(100) < 20) approvals |= HouseholdApprovals.Respite;
            if (rng.Next(100) < 5) approvals |= HouseholdApprovals.ParentAndChild;
            if (rng.Next(100) < 5) approvals |= HouseholdApprovals.StepDown;
            if (approvals == HouseholdApprovals.None) approvals = HouseholdApprovals.ShortTerm;

            var skills = HouseholdSkills.None;
            foreach (var (skill, percent) in SkillOdds)
                if (rng.Next(100) < percent) skills |= skill;
            if (approvals.HasFlag(HouseholdApprovals.ParentAndChild)) skills |= HouseholdSkills.ParentAndChild;

            var languages = rng.Next(100) < 15 ? Languages[rng.Next(Languages.Length)] : "";
            var religion = rng.Next(100) switch
            {
                < 45 => "", < 80 => "Christian", < 86 => "Muslim", < 89 => "Sikh", < 92 => "Hindu", < 94 => "Jewish", _ => "No religion",
            };
            var hasPets = rng.Next(100) < 45;
            var others = Enumerable.Range(0, rng.Next(100) switch { < 45 => 0, < 75 => 1, < 92 => 2, _ => 3 }).Select(_ => rng.Next(0, 21)).ToArray();
            var vacant = rng.Next(100) < 40 ? 0 : rng.Next(1, h.ApprovedPlaces + 1);

            h.UpdateProfile(new HouseholdProfile(approvals, h.ApprovedPlaces, vacant, h.AgeFrom, h.AgeTo, skills, languages, religion, hasPets,
                string.Join(' ', others), h.PostcodeDistrict), h.ConfirmedOn ?? h.ApprovedOn);
        }
    }
}
