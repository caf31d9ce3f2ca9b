using MedVigil.Persistence.Access;
using MedVigil.Server.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using static MedVigil.Server.Web.Html;

namespace MedVigil.Server.Web;

/// <summary>Cookie sign-in for people. Lockout after repeated failures, rate-limited per address.</summary>
public static class AccountPages
{
    public static IEndpointRouteBuilder MapAccountPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/login", (HttpContext context, IAntiforgery antiforgery) => LoginForm(context, antiforgery, null))
            .ExcludeFromDescription();

        routes.MapPost("/login", async ([FromForm] string? email, [FromForm] string? password, HttpContext context,
                SignInManager<AppUser> signIn, IAntiforgery antiforgery) =>
            {
                var result = string.IsNullOrEmpty(email) || string.IsNullOrEmpty(password)
                    ? Microsoft.AspNetCore.Identity.SignInResult.Failed
                    : await signIn.PasswordSignInAsync(email, password, isPersistent: false, lockoutOnFailure: true);
                return result.Succeeded
                    ? Results.Redirect("/")
                    : LoginForm(context, antiforgery, result.IsLockedOut ? "Too many failed attempts; try again later." : "Wrong email or password.");
            })
            .RequireRateLimiting(RateLimits.Credentials).ExcludeFromDescription();

        routes.MapPost("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.Redirect("/login");
        }).ExcludeFromDescription();
        return routes;
    }

    private static IResult LoginForm(HttpContext context, IAntiforgery antiforgery, string? error)
    {
        var token = antiforgery.GetAndStoreTokens(context);
        var message = error is null ? "" : $"<p class=\"error\">{E(error)}</p>";
        return Page("Sign in", $"""
            <h2>Sign in</h2>{message}
            <form method="post" action="/login">
              <input type="hidden" name="{E(token.FormFieldName)}" value="{E(token.RequestToken)}">
              <label>Email <input name="email" type="email" autocomplete="username" required></label>
              <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
              <button type="submit">Sign in</button>
            </form>
            """, error is null ? 200 : 401);
    }
}
