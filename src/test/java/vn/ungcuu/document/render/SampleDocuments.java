package vn.ungcuu.document.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.ungcuu.document.render.AdministrativeDocument.Block;
import vn.ungcuu.document.render.AdministrativeDocument.Field;
import vn.ungcuu.document.render.AdministrativeDocument.Heading;
import vn.ungcuu.document.render.AdministrativeDocument.Paragraph;
import vn.ungcuu.document.render.AdministrativeDocument.Signature;
import vn.ungcuu.document.render.AdministrativeDocument.Table;

/** Realistic Vietnamese documents for the writers' tests: every kind of block, and the optional parts left out. */
final class SampleDocuments {

    static final Instant GENERATED_AT = Instant.parse("2026-12-06T09:30:00Z");

    private static final List<String> HAMLETS = List.of("Khe Cát", "Đồng Bèn", "Nà Lừa", "Bản Chắt", "Làng Mới",
            "Suối Ngang", "Đèo Khế", "Pò Mã", "Hợp Tiến", "Tân Hưng", "Lũng Phầy", "Ngọc Quỳnh");

    private static final List<String> NOTES = List.of("Đã sơ tán hết", "Đang theo dõi",
            "Cần hỗ trợ lương thực, nước uống và thuốc men cho người già, trẻ nhỏ", "Đường vào bị chia cắt",
            "Không có thiệt hại về người");

    private SampleDocuments() {
    }

    /** A two-page report: governing body, several addressees, every kind of block, a long table, a signer. */
    static AdministrativeDocument report() {
        List<Block> body = new ArrayList<>();
        body.add(new Heading("I. TÌNH HÌNH SỰ CỐ"));
        body.add(new Paragraph("Thực hiện chỉ đạo của Ủy ban nhân dân huyện về việc chủ động ứng phó với mưa lớn "
                + "kéo dài, Ủy ban nhân dân xã Minh Sơn báo cáo tình hình sạt lở đất xảy ra trên địa bàn xã như sau."
                + "\nĐêm ngày 05 rạng sáng ngày 06 tháng 12 năm 2026, do ảnh hưởng của mưa lớn kéo dài, tại sườn "
                + "đồi phía Tây thôn Khe Cát đã xảy ra sạt lở đất với khối lượng ước tính khoảng 3.500 m³, vùi lấp "
                + "một phần tuyến đường liên thôn và đe dọa trực tiếp đến 27 hộ dân sinh sống dưới chân đồi."));
        body.add(new Field("Thời gian xảy ra", "Khoảng 02 giờ 30 phút ngày 06 tháng 12 năm 2026"));
        body.add(new Field("Địa điểm", "Thôn Khe Cát, xã Minh Sơn, huyện Hữu Lũng, tỉnh Lạng Sơn"));
        body.add(new Field("Mức độ", "Nghiêm trọng (cấp độ rủi ro thiên tai cấp 3)\nNguy cơ sạt lở tiếp diễn "
                + "nếu mưa còn kéo dài\nTuyến đường liên thôn bị chia cắt hoàn toàn"));
        body.add(new Paragraph("Tổng hợp số hộ và số người bị ảnh hưởng theo từng thôn như sau:"));
        body.add(new Table(List.of("Thôn, bản", "Số hộ bị ảnh hưởng", "Số người phải sơ tán", "Ghi chú"),
                List.of(3, 2, 2, 4), hamletRows(36)));
        body.add(new Heading("II. CÔNG TÁC ỨNG PHÓ"));
        body.add(new Paragraph("Ngay sau khi nhận được tin báo, Ban Chỉ huy Phòng thủ dân sự xã đã huy động lực "
                + "lượng dân quân, công an xã và đoàn viên thanh niên hỗ trợ sơ tán người dân đến nơi an toàn, "
                + "bố trí chỗ ở tạm thời tại nhà văn hóa thôn và trường tiểu học Minh Sơn; các đội xung kích làm "
                + "việc cả ở chế độ offline khi mạng di động bị gián đoạn, ghi nhận thông tin vào sổ tay rồi cập "
                + "nhật lên hệ thống khi có kết nối trở lại."));
        body.add(new Heading("III. KIẾN NGHỊ, ĐỀ XUẤT"));
        body.add(new Paragraph("Đề nghị Ủy ban nhân dân huyện hỗ trợ kinh phí khắc phục hậu quả, cử cán bộ "
                + "chuyên môn khảo sát, đánh giá nguy cơ sạt lở và có phương án di dời lâu dài cho các hộ dân "
                + "trong vùng nguy hiểm."));
        return new AdministrativeDocument("Ủy ban nhân dân huyện Hữu Lũng", "Ủy ban nhân dân xã Minh Sơn",
                "Số: 125/BC-UBND", "Minh Sơn, ngày 06 tháng 12 năm 2026", "BÁO CÁO",
                "Tình hình sạt lở đất và công tác ứng phó tại thôn Khe Cát, xã Minh Sơn",
                List.of("Ủy ban nhân dân huyện Hữu Lũng", "Ban Chỉ huy Phòng thủ dân sự huyện Hữu Lũng"), body,
                "Số liệu tổng hợp từ hệ thống UngCuu lúc 16 giờ 30 phút ngày 06/12/2026; mã sự cố SC-2026-0412.",
                List.of("Như trên;", "Chủ tịch, các Phó Chủ tịch UBND xã;", "Ban Chỉ huy Phòng thủ dân sự xã;",
                        "Lưu: VT, VP."),
                new Signature(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Nguyễn Văn Hùng"),
                "Báo cáo tình hình sạt lở đất tại thôn Khe Cát", GENERATED_AT);
    }

    /** A one-page letter: no governing body, one addressee, no provenance, the signer's name left blank. */
    static AdministrativeDocument unsignedLetter() {
        return new AdministrativeDocument(null, "Ban Chỉ huy Phòng thủ dân sự xã Minh Sơn", "Số:       /BCH-PTDS",
                "Minh Sơn, ngày 06 tháng 12 năm 2026", "THÔNG BÁO",
                "Về việc sơ tán khẩn cấp các hộ dân thôn Khe Cát", List.of("Nhân dân thôn Khe Cát"),
                List.of(new Paragraph("Do nguy cơ sạt lở đất tiếp diễn, Ban Chỉ huy Phòng thủ dân sự xã Minh Sơn "
                                + "đề nghị các hộ dân thôn Khe Cát khẩn trương di chuyển đến nhà văn hóa thôn trước "
                                + "17 giờ 00 ngày 06 tháng 12 năm 2026."),
                        new Field("Liên hệ", "Đồng chí Trưởng thôn, điện thoại 0912 345 678")),
                "", List.of("Như trên;", "Lưu: VT."), new Signature(List.of("TRƯỞNG BAN"), null),
                "Thông báo sơ tán khẩn cấp", GENERATED_AT);
    }

    private static List<List<String>> hamletRows(int count) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int round = i / HAMLETS.size();
            String hamlet = "Thôn " + HAMLETS.get(i % HAMLETS.size()) + (round == 0 ? "" : " " + (round + 1));
            rows.add(List.of(hamlet, Integer.toString(3 + (i * 7) % 25), Integer.toString(11 + (i * 13) % 60),
                    NOTES.get(i % NOTES.size())));
        }
        return rows;
    }
}
