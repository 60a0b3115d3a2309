import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Vietnamese, addressing the buyer as "bạn", as Vietnamese shopping apps do. */
const vi = {
  'privacy.heading': 'Quyền riêng tư và dữ liệu của bạn',
  'privacy.intro':
    'Chọn mục đích sử dụng dữ liệu của bạn và cách chúng tôi liên hệ với bạn. Bạn cũng có thể tải xuống hoặc xóa dữ liệu của mình.',
  'privacy.loading': 'Đang tải cài đặt quyền riêng tư của bạn…',
  'privacy.on': 'Bật',
  'privacy.off': 'Tắt',
  'privacy.saving': 'Đang lưu…',
  'privacy.saved_on': 'Đã bật “{label}”.',
  'privacy.saved_off': 'Đã tắt “{label}”.',
  'privacy.save_failed': 'Không lưu được “{label}”, nên cài đặt đã trở lại như cũ.',
  'privacy.consents.heading': 'Chúng tôi dùng dữ liệu của bạn để làm gì',
  'privacy.consents.intro': 'Thay đổi có hiệu lực ngay và bạn có thể đổi ý bất cứ lúc nào.',
  'privacy.consents.necessary':
    'Luôn bật: cần thiết để giao đơn hàng của bạn. Để dừng, hãy xóa dữ liệu của bạn ở bên dưới.',
  'privacy.consents.changed': 'Thay đổi lần cuối vào {date}',
  'privacy.consent.order_processing.label': 'Xử lý đơn hàng và thanh toán',
  'privacy.consent.order_processing.explanation':
    'Chúng tôi dùng tên, thông tin liên hệ và thông tin thanh toán của bạn để nhận thanh toán và xử lý đơn hàng, hoàn tiền và khiếu nại.',
  'privacy.consent.carrier_address_sharing.label': 'Chia sẻ địa chỉ với đơn vị vận chuyển',
  'privacy.consent.carrier_address_sharing.explanation':
    'Đơn vị vận chuyển nhận tên, địa chỉ và số điện thoại của bạn để giao kiện hàng.',
  'privacy.consent.notifications_email.label': 'Tin nhắn qua email',
  'privacy.consent.notifications_email.explanation':
    'Chúng tôi gửi email cho bạn về đơn hàng, giao hàng, hoàn tiền và khiếu nại.',
  'privacy.consent.notifications_sms.label': 'Tin nhắn văn bản (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Chúng tôi gửi SMS về đơn hàng và việc giao hàng. Có thể áp dụng cước phí thông thường của nhà mạng.',
  'privacy.consent.personalisation.label': 'Gợi ý và quảng cáo cá nhân hóa',
  'privacy.consent.personalisation.explanation':
    'Chúng tôi dựa vào những gì bạn mua và xem để gợi ý sản phẩm và hiển thị quảng cáo phù hợp với bạn. Tắt trừ khi bạn bật.',
  'privacy.preferences.heading': 'Cách chúng tôi liên hệ với bạn',
  'privacy.preferences.intro': 'Chọn những tin nhắn bạn muốn nhận và nhận ở đâu.',
  'privacy.preferences.caption': 'Tin nhắn theo kênh',
  'privacy.preferences.kind_header': 'Tin nhắn',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Tạm dừng',
  'privacy.preferences.withdrawn':
    '{channel} đang tạm dừng vì “{consent}” đã tắt ở trên. Lựa chọn của bạn ở đây vẫn được giữ để dùng khi bạn bật lại.',
  'privacy.kind.order_updates': 'Cập nhật đơn hàng',
  'privacy.kind.delivery_problems': 'Sự cố giao hàng',
  'privacy.kind.refunds_and_disputes': 'Hoàn tiền và khiếu nại',
  'privacy.channel.in_app': 'Trong ứng dụng',
  'privacy.channel.email': 'Email',
  'privacy.channel.sms': 'SMS',
  'privacy.export.heading': 'Tải xuống dữ liệu của tôi',
  'privacy.export.intro':
    'Nhận bản sao mọi dữ liệu chúng tôi lưu về bạn, dưới dạng tệp JSON mà các dịch vụ khác đọc được. Bạn có thể tải xuống một lần, trong vòng 24 giờ.',
  'privacy.export.request': 'Yêu cầu dữ liệu của tôi',
  'privacy.erasure.heading': 'Xóa dữ liệu của tôi',
  'privacy.erasure.intro':
    'Thao tác này xóa dữ liệu cá nhân của bạn và đóng tài khoản của bạn tại cửa hàng này. Không thể hoàn tác.',
  'privacy.erasure.removed_heading': 'Những gì chúng tôi xóa',
  'privacy.erasure.kept_heading': 'Những gì chúng tôi giữ lại và lý do',
  'privacy.erasure.removed.contact_details': 'Tên, địa chỉ email và số điện thoại của bạn',
  'privacy.erasure.removed.shipping_addresses': 'Địa chỉ giao hàng trong các đơn hàng của bạn',
  'privacy.erasure.removed.preferences_and_messages': 'Các đồng ý, tùy chọn thông báo và tin nhắn của bạn',
  'privacy.erasure.removed.activity_history': 'Phiên đăng nhập, bản xuất dữ liệu và lịch sử cập nhật trực tiếp',
  'privacy.erasure.kept.financial_records.record': 'Đơn hàng và thanh toán (sản phẩm, số tiền, ngày)',
  'privacy.erasure.kept.financial_records.reason':
    'Luật thuế và kế toán buộc chúng tôi lưu giữ, nhưng không kèm thông tin nào liên kết với bạn.',
  'privacy.erasure.kept.audit_log.record': 'Nhật ký kiểm tra bảo mật',
  'privacy.erasure.kept.audit_log.reason':
    'Ghi lại ai đã truy cập dữ liệu cá nhân, để bảo vệ bạn. Chỉ chứa mã ID, không còn dẫn đến bạn.',
  'privacy.erasure.start': 'Xóa dữ liệu của tôi…',
  'privacy.erasure.done_heading': 'Dữ liệu của bạn đã được xóa',
  'privacy.erasure.done_text':
    'Chúng tôi đã xóa dữ liệu cá nhân của bạn vào {date}. Bạn đã được đăng xuất khỏi cửa hàng này.',
  'privacy.other': 'Một mục đích sử dụng dữ liệu khác',
} as const satisfies CompleteCatalog<'privacy'>;

export default vi;
