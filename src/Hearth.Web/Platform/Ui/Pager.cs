namespace Hearth.Web.Platform.Ui;

/// <summary>What the GOV.UK pagination partial (_Pagination) needs: where we are, how many pages, and each page's address.</summary>
public sealed record Pager(int Page, int Pages, Func<int, string> Link, string Label);
