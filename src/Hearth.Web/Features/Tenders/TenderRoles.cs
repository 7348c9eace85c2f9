using Hearth.Web.Platform;

namespace Hearth.Web.Features.Tenders;

/// <summary>Who works on tenders at an authority.</summary>
public static class TenderRoles
{
    /// <summary>Commissioners run tenders: draft, publish, open, moderate and award.</summary>
    public const string Managers = Roles.Commissioner;

    /// <summary>Authority staff who may read tenders (never bid content before opening: see the query filters).</summary>
    public const string Readers = Roles.Commissioner + "," + Roles.ContractManager + "," + Roles.Auditor;

    /// <summary>Roles an evaluator may hold: evaluators are chosen per tender among these.</summary>
    public static readonly string[] EvaluatorRoles = [Roles.Commissioner, Roles.ContractManager];
}
