using System.CommandLine;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;

namespace Dashboard.Features.Identity;

/// <summary>`users add --email E --role R [--agency A]`: prints a one-time password that must be changed at first sign-in.</summary>
internal static class UsersVerb
{
    public static Command Create(Func<IServiceProvider> services)
    {
        var email = new Option<string>("--email") { Description = "Email, also the sign-in name", Required = true };
        var role = new Option<string>("--role") { Description = "Admin | Coordinator | Leader | Viewer", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var agency = new Option<Agency?>("--agency") { Description = "Telecom | Police (required for a Coordinator)" };
        var name = new Option<string?>("--name") { Description = "Display name" };
        var add = new Command("add", "Tạo tài khoản, in mật khẩu dùng một lần / Add an account, print a one-time password") { email, role, agency, name };
        add.SetAction(async (parse, ct) =>
        {
            var provider = services();
            await MigrationCheck.MigrateIfNeededAsync(provider, ct);
            using var scope = provider.CreateScope();
            var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
            var (created, errors) = await accounts.AddAsync(parse.GetValue(email)!, parse.GetValue(role)!, parse.GetValue(agency), parse.GetValue(name));
            if (created is null)
            {
                foreach (var e in errors)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync(e == "agency"
                        ? "Điều phối viên cần có --agency Telecom hoặc Police. / A Coordinator needs --agency Telecom or Police."
                        : e);
                }
                return 1;
            }
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"Đã tạo tài khoản {created.User.Email} ({parse.GetValue(role)}). / Account created.");
            await output.WriteLineAsync($"Mật khẩu dùng một lần / One-time password: {created.OneTimePassword}");
            await output.WriteLineAsync("Người dùng phải đổi mật khẩu khi đăng nhập lần đầu. / It must be changed at first sign-in.");
            return 0;
        });
        return new Command("users", "Quản lý tài khoản / Manage accounts") { add };
    }
}
