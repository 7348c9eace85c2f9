namespace Hearth.Domain.Organisations;

/// <summary>Ofsted's overall effectiveness judgement.</summary>
public enum OfstedGrade
{
    Outstanding = 1,
    Good = 2,
    RequiresImprovement = 3,
    Inadequate = 4,
}
