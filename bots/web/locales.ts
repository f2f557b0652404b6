// The web chat page's own strings. Messages from the bot come already translated by the core;
// these are only the page around them. Vietnamese is the default; both have the same keys (tested).

export type WebLanguage = 'vi' | 'en';

const vi = {
  title: 'Hỏi đáp thủ tục hành chính',
  intro: 'Hỏi về hồ sơ, thời hạn, lệ phí, nơi nộp. Việc cần cán bộ sẽ được chuyển và báo mã hồ sơ.',
  messagesLabel: 'Cuộc trò chuyện',
  inputLabel: 'Câu hỏi của bạn',
  placeholder: 'Ví dụ: xin giấy phép lao động cần giấy tờ gì?',
  send: 'Gửi',
  shortcuts: 'Lối tắt',
  person: 'Gặp cán bộ',
  myCases: 'Hồ sơ của tôi',
  otherLanguage: 'English',
  you: 'Bạn',
  bot: 'Trợ lý',
  staff: 'Cán bộ',
  sending: 'Đang gửi…',
  failed: 'Chưa gửi được tin nhắn. Vui lòng thử lại.',
  offline: 'Mất kết nối, đang thử lại…',
  rateLimited: 'Bạn gửi hơi nhanh. Vui lòng đợi một chút rồi gửi tiếp.',
  tooLong: 'Tin nhắn dài tối đa 2000 ký tự.',
  privacy:
    'Bảo vệ dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP): tin nhắn chỉ được dùng để trả lời và theo dõi yêu cầu của bạn.',
  noscript: 'Trang hỏi đáp cần bật JavaScript. Bạn cũng có thể gửi câu hỏi qua biểu mẫu trên trang thủ tục.',
};

const en: typeof vi = {
  title: 'Administrative procedures: questions and answers',
  intro:
    'Ask about documents, time limits, fees and where to apply. Anything that needs staff is passed on with a case number.',
  messagesLabel: 'Conversation',
  inputLabel: 'Your question',
  placeholder: 'For example: what documents do I need for a work permit?',
  send: 'Send',
  shortcuts: 'Shortcuts',
  person: 'Talk to a person',
  myCases: 'My cases',
  otherLanguage: 'Tiếng Việt',
  you: 'You',
  bot: 'Assistant',
  staff: 'Staff',
  sending: 'Sending…',
  failed: 'Your message was not sent. Please try again.',
  offline: 'Connection lost, trying again…',
  rateLimited: 'You are sending quickly. Please wait a moment and try again.',
  tooLong: 'A message can be at most 2000 characters.',
  privacy:
    'Personal data protection (Decree 13/2023/ND-CP): your messages are used only to answer and follow up your request.',
  noscript: 'The chat needs JavaScript. You can also send your question with the form on a procedure page.',
};

export type WebStrings = typeof vi;

export const WEB_LOCALES: Record<WebLanguage, WebStrings> = { vi, en };

/** The page language from `?lang=`: English when asked for, Vietnamese otherwise. */
export function webLanguageOf(value: unknown): WebLanguage {
  return value === 'en' ? 'en' : 'vi';
}
