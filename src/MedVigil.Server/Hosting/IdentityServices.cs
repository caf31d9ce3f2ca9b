using MedVigil.Persistence;
using MedVigil.Persistence.Access;
using Microsoft.AspNetCore.Identity;

namespace MedVigil.Server.Hosting;

public static class IdentityServices
{
    /// <summary>People's accounts and password policy; the server adds sign-in, the command line only manages users.</summary>
    public static IdentityBuilder AddMedVigilIdentity(this IServiceCollection services) =>
        services.AddIdentityCore<AppUser>(identity =>
            {
                // Length over composition rules (NIST SP 800-63B): 12+ characters, any kind.
                identity.Password.RequiredLength = 12;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<MedVigilDbContext>();
}
