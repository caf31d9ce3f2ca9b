using System.Security.Claims;
using MedVigil.Persistence.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MedVigil.Server.Security;

/// <summary>Adds the user's tenant and role to the sign-in cookie's principal.</summary>
public sealed class TenantClaimsPrincipalFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(MedVigilClaims.Tenant, user.TenantId.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
        identity.AddClaim(new Claim(MedVigilClaims.AuthMethod, "Cookie"));
        return identity;
    }
}
