import type { ModalProps } from 'antd';

/** A modal's size: its own width on a desktop, the whole screen on a phone (as the deal form does). */
export function modalProps(
  isPhone: boolean,
  width = 520,
): Pick<ModalProps, 'width' | 'style' | 'destroyOnHidden'> {
  return {
    width: isPhone ? '100%' : width,
    style: isPhone ? { top: 0, maxWidth: '100vw', margin: 0, paddingBottom: 0 } : undefined,
    destroyOnHidden: true,
  };
}
