package vn.ungcuu.notification;

import java.util.Map;
import vn.ungcuu.incident.Category;
import vn.ungcuu.incident.IncidentStatus;

/** The words for codes in messages: the web app's own labels (its i18n catalogs), so both say the same. */
final class Labels {

    private static final Map<String, Words> CATEGORIES = Map.of(
            "DOS", new Words("Tấn công từ chối dịch vụ", "Denial of service"),
            "PHISHING", new Words("Lừa đảo qua thư, tin nhắn, trang web giả", "Phishing"),
            "MALWARE", new Words("Mã độc, virus", "Malware, virus"),
            "UNAUTHORIZED_ACCESS", new Words("Truy cập trái phép vào hệ thống, tài khoản", "Unauthorised access"),
            "DEFACEMENT", new Words("Trang web bị thay đổi giao diện, nội dung", "Website defaced"),
            "RANSOMWARE", new Words("Mã độc mã hóa dữ liệu đòi tiền chuộc", "Ransomware"),
            "DESTRUCTION", new Words("Phá hoại, xóa dữ liệu", "Sabotage, data deleted"),
            "DATA_THEFT", new Words("Lộ, mất, đánh cắp dữ liệu", "Data leaked, lost or stolen"),
            "COMBINED", new Words("Tấn công kết hợp nhiều hình thức", "Combined attack"),
            "OTHER", new Words("Loại khác", "Other"));

    private static final Map<String, Words> STATUSES = Map.of(
            "NEW", new Words("Mới tiếp nhận", "New"),
            "TRIAGED", new Words("Đã phân loại", "Triaged"),
            "IN_PROGRESS", new Words("Đang xử lý", "In progress"),
            "ESCALATED", new Words("Đã chuyển lên tỉnh", "Escalated to the province"),
            "RESOLVED", new Words("Đã xử lý xong", "Resolved"),
            "CLOSED", new Words("Đã đóng", "Closed"),
            "REJECTED", new Words("Không tiếp nhận", "Rejected"));

    private static final Map<String, Words> CHANNELS = Map.of(
            "DOCUMENT_SYSTEM", new Words("Hệ thống quản lý văn bản", "Document system"),
            "EMAIL", new Words("Thư điện tử", "E-mail"),
            "PORTAL", new Words("Cổng thông tin", "Portal"),
            "PHONE", new Words("Điện thoại", "Telephone"),
            "OTHER", new Words("Hình thức khác", "Other"));

    static final Words DATA_SUBJECTS = new Words("Chủ thể dữ liệu", "Data subjects");

    private Labels() {
    }

    static Words category(Category category) {
        return of(CATEGORIES, category.name());
    }

    static Words status(IncidentStatus status) {
        return of(STATUSES, status.name());
    }

    static Words channel(String channel) {
        return channel == null ? null : of(CHANNELS, channel);
    }

    private static Words of(Map<String, Words> labels, String code) {
        return labels.getOrDefault(code, new Words(code, code));
    }
}
