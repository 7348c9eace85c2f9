using Hearth.Web.Platform;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
builder.Services.AddHearthUi();
var app = builder.Build();
app.UseHearthUi();
app.UseStaticFiles();
app.UseRouting();
app.MapRazorPages();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
