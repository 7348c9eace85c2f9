using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Hearth.Web.Platform;

/// <summary>
/// A request that matches none of a page's handlers — a POST without <c>?handler=</c> to a page whose forms all name one
/// (the bid page's Save and Submit), or an unknown handler name — answers "Page not found". Razor Pages would otherwise
/// render the page without running any handler, so nothing the page shows is loaded and it fails with a server error.
/// Pages without a page model (the help pages) have no handlers and are left alone.
/// </summary>
public sealed class UnknownHandlerPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            context.Result = new NotFoundResult();
            return Task.CompletedTask;
        }
        return next();
    }
}
