namespace Dashboard.Features.Agreements;

/// <summary>The agreements every database starts with (HasData): the 2012 one and the 2023 one that follows it.</summary>
internal static class ReferenceAgreements
{
    public const int Agreement2012Id = 1;
    public const int Agreement2023Id = 2;

    public static IEnumerable<Agreement> Rows =>
    [
        new Agreement
        {
            Id = Agreement2012Id, Code = "QCPH-2012",
            Title = "Quy chế phối hợp giữa Viễn thông Hà Giang và Công an tỉnh Hà Giang giai đoạn 2012–2023",
            SignedOn = new DateOnly(2012, 1, 1), StartsOn = new DateOnly(2012, 1, 1), EndsOn = new DateOnly(2023, 10, 28),
        },
        new Agreement
        {
            Id = Agreement2023Id, Code = "QCPH-2023",
            Title = "Quy chế phối hợp giữa Viễn thông Hà Giang và Công an tỉnh Hà Giang giai đoạn 2023–2027",
            SignedOn = new DateOnly(2023, 10, 29), StartsOn = new DateOnly(2023, 10, 29), EndsOn = new DateOnly(2027, 12, 31),
            PredecessorId = Agreement2012Id,
        },
    ];
}
