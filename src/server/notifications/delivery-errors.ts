import type { TLocale } from '../../domain/locale';
import {
  DELIVERY_ERROR_CODES,
  type TDeliveryErrorCode,
  type TDeliveryError,
} from '../../domain/notification';

type Words = (detail: string) => string;
const paren = (open: string, close: string) => (detail: string) => (detail ? `${open}${detail}${close}` : '');
const zh = paren('（', '）');
const en = paren(' (', ')');

/** What a person reads when a message did not go out, with what to check. */
const MESSAGES: Record<TLocale, Record<TDeliveryErrorCode, Words>> = {
  'zh-CN': {
    NETWORK: (d) => `连接不上机器人或邮件服务器${zh(d)}，请检查网络和地址`,
    TIMEOUT: () => '对方超过 10 秒没有响应，稍后会自动重试',
    HTTP_STATUS: (d) => `对方返回了错误${zh(d)}，稍后会自动重试`,
    BAD_RESPONSE: () => '对方的回复看不懂，请确认 Webhook 地址是否正确',
    ROBOT_ERROR: (d) => `机器人拒收了消息${zh(d)}，请检查 Webhook 地址和加签/签名密钥`,
    SMTP_CONNECT: (d) => `连接不上邮件服务器${zh(d)}，请检查服务器地址、端口和加密方式`,
    SMTP_AUTH: (d) => `邮件服务器登录失败${zh(d)}，请检查账号和密码（QQ、163 等邮箱要填授权码）`,
    SMTP_REJECTED: (d) => `邮件服务器拒收了这封邮件${zh(d)}`,
    NO_MAIL_SERVER: () => '工作区还没有设置发信邮箱，请联系管理员在「设置 → 通知」中添加',
    SECRET_UNREADABLE: () => '保存的密钥解不开（服务器的 KEYI_SECRET_KEY 可能换过），请重新填写该渠道的密钥',
    CHANNEL_UNAVAILABLE: () => '该渠道已停用或删除',
  },
  'en-US': {
    NETWORK: (d) => `Could not reach the robot or mail server${en(d)}; check the network and the address`,
    TIMEOUT: () => 'No answer within 10 seconds; Keyi will try again',
    HTTP_STATUS: (d) => `The other side answered with an error${en(d)}; Keyi will try again`,
    BAD_RESPONSE: () => 'The answer was not understood; check the webhook address',
    ROBOT_ERROR: (d) =>
      `The robot refused the message${en(d)}; check the webhook address and the signing secret`,
    SMTP_CONNECT: (d) => `Could not reach the mail server${en(d)}; check its address, port and encryption`,
    SMTP_AUTH: (d) => `The mail server refused the login${en(d)}; check the user name and password`,
    SMTP_REJECTED: (d) => `The mail server refused the message${en(d)}`,
    NO_MAIL_SERVER: () =>
      'The workspace has no mail server yet; ask an admin to add one under Settings → Notifications',
    SECRET_UNREADABLE: () =>
      "The stored secret cannot be decrypted (the server's KEYI_SECRET_KEY may have changed); enter it again",
    CHANNEL_UNAVAILABLE: () => 'This channel is disabled or deleted',
  },
};

function isCode(code: string): code is TDeliveryErrorCode {
  return (DELIVERY_ERROR_CODES as readonly string[]).includes(code);
}

export function deliveryError(locale: TLocale, code: string, detail: string | null): TDeliveryError {
  const words = isCode(code) ? MESSAGES[locale][code](detail ?? '') : (detail ?? code);
  return { code, message: words };
}
