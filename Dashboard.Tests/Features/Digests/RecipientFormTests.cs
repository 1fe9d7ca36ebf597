using Dashboard.Features.Audit;
using Dashboard.Features.Digests;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.Digests;

public sealed class RecipientFormTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<IReadOnlyList<string>> SaveAsync(RecipientForm form)
    {
        await using var db = _db.CreateDbContext();
        return await form.SaveAsync(db, SampleDigest.Strings);
    }

    [Theory]
    [InlineData("lanhdao@vnpt.vn", true)]
    [InlineData("pa05.congan@hagiang.gov.vn", true)]
    [InlineData("", false)]
    [InlineData("khong-co-a-cong", false)]
    [InlineData("a@b", false)]
    [InlineData("a@@vnpt.vn", false)]
    [InlineData("Lãnh đạo <lanhdao@vnpt.vn>", false)]
    [InlineData("a@vnpt.vn, b@vnpt.vn", false)]
    [InlineData("a b@vnpt.vn", false)]
    public void IsValidEmail_AcceptsOnlyOnePlainAddress(string email, bool valid) =>
        Assert.Equal(valid, RecipientForm.IsValidEmail(email));

    [Fact]
    public async Task Save_RefusesABadAddressAndAMissingName_InVietnamese()
    {
        var errors = await SaveAsync(new RecipientForm { Email = "khong-hop-le", DisplayName = " " });

        Assert.Equal(["Địa chỉ email không hợp lệ: khong-hop-le.", "Vui lòng nhập tên hiển thị."], errors);
        await using var db = _db.CreateDbContext();
        Assert.Empty(db.DigestRecipients);
    }

    [Fact]
    public async Task Save_AddsEditsAndDeactivates_AndRefusesADuplicateInAnyCase()
    {
        Assert.Empty(await SaveAsync(new RecipientForm { Email = "lanhdao@vnpt.vn", DisplayName = "Lãnh đạo VNPT", Scope = DigestScope.Leadership }));
        Assert.Equal(["Địa chỉ LanhDao@VNPT.vn đã có trong danh sách người nhận."],
            await SaveAsync(new RecipientForm { Email = "LanhDao@VNPT.vn", DisplayName = "Trùng" }));

        DigestRecipient saved;
        await using (var db = _db.CreateDbContext())
        {
            saved = db.DigestRecipients.Single();
        }
        var edit = RecipientForm.Of(saved);
        (edit.Language, edit.Scope, edit.IsActive) = ("en", DigestScope.Coordinator, false);
        Assert.Empty(await SaveAsync(edit));

        await using var check = _db.CreateDbContext();
        var r = check.DigestRecipients.Single();
        Assert.Equal(("en", DigestScope.Coordinator, false), (r.Language, r.Scope, r.IsActive));
        Assert.Contains(check.AuditEntries, a => a.Entity == nameof(DigestRecipient) && a.Action == "Modified");
    }

    [Fact]
    public async Task Save_RefusesToOverwriteAChangeSavedMeanwhile()
    {
        Assert.Empty(await SaveAsync(new RecipientForm { Email = "a@vnpt.vn", DisplayName = "A" }));
        DigestRecipient seen;
        await using (var db = _db.CreateDbContext())
        {
            seen = db.DigestRecipients.Single();
        }
        var first = RecipientForm.Of(seen);
        var second = RecipientForm.Of(seen);
        first.DisplayName = "A một";
        second.DisplayName = "A hai";

        Assert.Empty(await SaveAsync(first));
        var conflict = await SaveAsync(second);

        Assert.Equal(["Người khác vừa sửa người nhận này. Hãy tải lại trang rồi sửa lại."], conflict);
        await using var check = _db.CreateDbContext();
        Assert.Equal("A một", check.DigestRecipients.Single().DisplayName);
    }
}
