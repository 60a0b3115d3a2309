import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Vietnamese, addressing the buyer as "bạn", as Vietnamese shopping apps do. */
const vi = {
  'export.requesting': 'Đang gửi yêu cầu…',
  'export.preparing': 'Đang chuẩn bị tệp của bạn…',
  'export.progress_label': 'Đang chuẩn bị tệp của bạn',
  'export.started': 'Chúng tôi đang chuẩn bị tệp của bạn. Hãy ở lại trang này; có thể mất khoảng một phút.',
  'export.ready': 'Tệp của bạn đã sẵn sàng. Hãy tải xuống trước {date}.',
  'export.ready_announcement': 'Tệp của bạn đã sẵn sàng để tải xuống.',
  'export.download': 'Tải tệp của tôi xuống',
  'export.downloading': 'Đang tải xuống…',
  'export.downloaded': 'Tệp của bạn đã được tải xuống. Để bảo vệ dữ liệu của bạn, tệp chỉ tải xuống được một lần.',
  'export.saved_as': 'Đã lưu thành {file}.',
  'export.expired': 'Tệp này đã hết hạn và không thể tải xuống nữa.',
  'export.failed': 'Chúng tôi không chuẩn bị được tệp của bạn. Vui lòng yêu cầu tệp mới.',
  'export.request_new': 'Yêu cầu xuất dữ liệu mới',
} as const satisfies CompleteCatalog<'export'>;

export default vi;
