namespace Hearth.Domain.Sourcing;

/// <summary>PDS v2 <c>additionalSupport</c>.</summary>
public enum AdditionalSupport
{
    NotApplicable,
    AdditionalSupervision,
    TherapeuticSupport,
    RespiteWorker,
    TaxisToSchool,
    Other,
}
