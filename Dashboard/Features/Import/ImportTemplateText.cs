namespace Dashboard.Features.Import;

/// <summary>The Vietnamese content of the template (SPEC §5.1: a Vietnamese instructions sheet) and its example rows.</summary>
internal static class ImportTemplateText
{
    public const string InstructionsSheet = "Hướng dẫn";

    public const string Title = "Mẫu nhập dữ liệu — Bảng điều khiển Quy chế phối hợp";

    public static readonly string[] Rules =
    [
        "1. Mỗi trang tính là một loại dữ liệu. Dòng 1 là tên cột: giữ nguyên tên tiếng Anh (không phân biệt hoa thường, thứ tự tuỳ ý). Trang không dùng có thể xoá; trang có tên khác (như trang này) được bỏ qua.",
        "2. Dòng 2 của mỗi trang là ví dụ (chữ nghiêng): hãy ghi đè hoặc xoá trước khi nhập dữ liệu thật.",
        "3. Ngày giờ theo giờ Việt Nam (UTC+7): ô ngày của Excel, hoặc văn bản dd/MM/yyyy HH:mm (01/03/2024 08:30), yyyy-MM-dd HH:mm (2024-03-01 08:30), hoặc ISO 8601 có múi giờ (2024-03-01T08:30:00+07:00). Chỉ ghi ngày thì hiểu là 00:00.",
        "4. Cột chỉ có ngày (SignedOn, StartsOn, EndsOn, AwardedOn): dd/MM/yyyy hoặc yyyy-MM-dd.",
        "5. Các mã (…Code, Agreement, RequestReferenceNo) phải có trong chính tệp này hoặc đã có trong hệ thống. Nên định dạng cột mã là văn bản để giữ số 0 ở đầu (ví dụ 024).",
        "6. Giá trị liệt kê (Level, Agency, Priority, Status, Kind, Severity) ghi bằng tên tiếng Anh như trong bảng dưới, không phân biệt hoa thường.",
        "7. Cột Agreement để trống: hệ thống lấy quy chế có hiệu lực vào ngày của bản ghi (ReceivedAt, PerformedAt, OccurredAt, AwardedOn). DueAt để trống: tính theo độ khẩn (Urgent 24 giờ, High 72 giờ, Normal 7 ngày).",
        "8. Cả tệp được kiểm tra trước khi ghi. Nếu có lỗi, không dữ liệu nào được ghi và mọi lỗi được liệt kê theo trang, dòng, cột.",
        "9. Nhập lại cùng một tệp không tạo bản ghi trùng: bản ghi được nhận diện theo khoá (cột \"Khoá\" dưới đây) và chỉ cập nhật khi có giá trị khác.",
        "10. Không ghi số thuê bao hay thông tin cá nhân của thuê bao: hệ thống chỉ đếm số lượt xác minh.",
    ];

    public static readonly string[] TableHeader = ["Trang", "Cột", "Bắt buộc", "Giải thích"];

    /// <summary>Key columns per sheet (natural keys used to find an existing row).</summary>
    public static readonly Dictionary<string, string[]> Keys = new()
    {
        [ImportSchema.Agreements] = ["Code"], [ImportSchema.Areas] = ["Code"], [ImportSchema.Units] = ["Code"], [ImportSchema.People] = ["Code"],
        [ImportSchema.Requests] = ["Agreement", "ReferenceNo"],
        [ImportSchema.Verifications] = ["Agreement", "RequestReferenceNo", "Kind", "Count", "PerformedByCode", "PerformedAt"],
        [ImportSchema.Incidents] = ["Code"], [ImportSchema.Commendations] = ["Agreement", "PersonCode", "AwardedOn", "Level"],
    };

    public static readonly Dictionary<string, string> Columns = new()
    {
        ["Agreements.Code"] = "Mã quy chế, ví dụ QCPH-2023.", ["Agreements.Title"] = "Tên quy chế.",
        ["Agreements.SignedOn"] = "Ngày ký.", ["Agreements.StartsOn"] = "Ngày bắt đầu hiệu lực.", ["Agreements.EndsOn"] = "Ngày hết hiệu lực (tính cả ngày này); không trước StartsOn.",
        ["Areas.Code"] = "Mã đơn vị hành chính chính thức.", ["Areas.Name"] = "Tên địa bàn.", ["Areas.Level"] = "Cấp",
        ["Areas.ParentCode"] = "Mã địa bàn cấp trên (để trống với cấp tỉnh).",
        ["Units.Code"] = "Mã đơn vị, ví dụ PA05.", ["Units.Name"] = "Tên đơn vị.", ["Units.Agency"] = "Cơ quan: Telecom (Viễn thông) hoặc Police (Công an).",
        ["People.Code"] = "Mã cán bộ.", ["People.FullName"] = "Họ và tên (có dấu).", ["People.UnitCode"] = "Mã đơn vị (trang Units hoặc đã có).", ["People.Title"] = "Chức vụ, cấp bậc.",
        ["Requests.Agreement"] = "Mã quy chế; để trống = quy chế có hiệu lực lúc nhận.", ["Requests.ReferenceNo"] = "Số văn bản yêu cầu, duy nhất trong một quy chế (125/CV-PA05).",
        ["Requests.RequestingUnitCode"] = "Mã đơn vị Công an yêu cầu.", ["Requests.RequestedByCode"] = "Mã cán bộ yêu cầu.",
        ["Requests.Subject"] = "Nội dung yêu cầu (ghi nguyên văn).", ["Requests.Priority"] = "Độ khẩn; để trống = Normal",
        ["Requests.ReceivedAt"] = "Thời điểm nhận yêu cầu.", ["Requests.DueAt"] = "Hạn trả lời; để trống = theo độ khẩn; không trước ReceivedAt.",
        ["Requests.AssignedToCode"] = "Mã cán bộ Viễn thông được giao.",
        ["Requests.Status"] = "Trạng thái; để trống = Received. Answered cần AnsweredAt (hoặc ClosedAt); Rejected, Withdrawn cần ClosedAt",
        ["Requests.AnsweredAt"] = "Thời điểm trả lời (chỉ với Answered; bằng ClosedAt).", ["Requests.ClosedAt"] = "Thời điểm kết thúc (Answered, Rejected, Withdrawn).",
        ["Verifications.Agreement"] = "Mã quy chế của yêu cầu; để trống = quy chế có hiệu lực lúc xác minh.",
        ["Verifications.RequestReferenceNo"] = "Số văn bản của yêu cầu (trang Requests hoặc đã có).", ["Verifications.Kind"] = "Loại xác minh",
        ["Verifications.Count"] = "Số lượt xác minh, từ 1 trở lên.", ["Verifications.PerformedByCode"] = "Mã cán bộ thực hiện.", ["Verifications.PerformedAt"] = "Thời điểm thực hiện.",
        ["Incidents.Agreement"] = "Mã quy chế; để trống = quy chế có hiệu lực lúc xảy ra.", ["Incidents.Code"] = "Mã vụ việc, duy nhất.", ["Incidents.Kind"] = "Loại vụ việc",
        ["Incidents.AreaCode"] = "Mã địa bàn xảy ra.", ["Incidents.OccurredAt"] = "Thời điểm xảy ra.", ["Incidents.ReportedAt"] = "Thời điểm tiếp nhận tin báo; để trống = OccurredAt.",
        ["Incidents.Severity"] = "Mức độ", ["Incidents.Status"] = "Trạng thái; để trống = Reported. Resolved cần ResolvedAt, Closed cần ClosedAt",
        ["Incidents.ResolvedAt"] = "Thời điểm giải quyết dứt điểm.", ["Incidents.ClosedAt"] = "Thời điểm kết thúc không giải quyết được.",
        ["Incidents.OutageMinutes"] = "Số phút mất liên lạc (số nguyên, để trống = 0).", ["Incidents.SubscribersAffected"] = "Số thuê bao bị ảnh hưởng.",
        ["Incidents.DamageVnd"] = "Thiệt hại (đồng), số nguyên.", ["Incidents.LeadOfficerCode"] = "Mã cán bộ Công an chủ trì.",
        ["Incidents.TelecomContactCode"] = "Mã cán bộ Viễn thông đầu mối.", ["Incidents.CaseRef"] = "Số hồ sơ vụ án (nếu có).",
        ["Incidents.Latitude"] = "Vĩ độ (-90 đến 90), dấu chấm thập phân.", ["Incidents.Longitude"] = "Kinh độ (-180 đến 180).", ["Incidents.Summary"] = "Tóm tắt vụ việc.",
        ["Commendations.Agreement"] = "Mã quy chế; để trống = quy chế có hiệu lực ngày khen thưởng.", ["Commendations.PersonCode"] = "Mã cán bộ được khen.",
        ["Commendations.AwardedOn"] = "Ngày khen thưởng.", ["Commendations.Level"] = "Hình thức: Giấy khen, Bằng khen…",
        ["Commendations.AwardingBody"] = "Cấp khen thưởng.", ["Commendations.Reason"] = "Thành tích.",
    };

    /// <summary>Example rows, in the schema's column order. They match the reference data or add a few plausible rows.</summary>
    public static readonly Dictionary<string, string[][]> Examples = new()
    {
        [ImportSchema.Agreements] = [["QCPH-2023", "Quy chế phối hợp giữa Viễn thông Hà Giang và Công an tỉnh Hà Giang giai đoạn 2023–2027", "29/10/2023", "29/10/2023", "31/12/2027"]],
        [ImportSchema.Areas] = [["024", "Thành phố Hà Giang", "District", "02"]],
        [ImportSchema.Units] = [["PA05", "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", "Police"], ["TTVT-HG", "Trung tâm Điều hành thông tin Viễn thông Hà Giang", "Telecom"]],
        [ImportSchema.People] = [["CA-0001", "Nguyễn Văn An", "PA05", "Đại úy"], ["VT-0001", "Trần Thị Hà", "TTVT-HG", "Kỹ sư"]],
        [ImportSchema.Requests] = [["QCPH-2023", "125/CV-PA05", "PA05", "CA-0001", "Tra cứu thông tin chủ thuê bao phục vụ điều tra", "Normal", "01/03/2024 08:30", "", "VT-0001", "Answered", "02/03/2024 16:00", ""]],
        [ImportSchema.Verifications] = [["QCPH-2023", "125/CV-PA05", "SubscriberIdentity", "3", "VT-0001", "02/03/2024 10:00"]],
        [ImportSchema.Incidents] = [["QCPH-2023", "VV-2024-001", "CableCut", "030", "05/04/2024 22:15", "05/04/2024 23:00", "High", "Resolved", "07/04/2024 09:00", "",
            "180", "1200", "15000000", "CA-0001", "VT-0001", "", "22.75", "104.93", "Đứt cáp quang do thi công đường"]],
        [ImportSchema.Commendations] = [["QCPH-2023", "VT-0001", "15/01/2025", "Giấy khen", "Giám đốc Công an tỉnh Hà Giang", "Hoàn thành xuất sắc nhiệm vụ phối hợp tra cứu, xác minh"]],
    };
}
