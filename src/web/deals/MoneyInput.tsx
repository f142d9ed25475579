import { InputNumber, type InputNumberProps } from 'antd';

/** An amount in 元 with fen precision; forms convert with toFen/toYuan (customers/money.ts). */
export function MoneyInput(props: InputNumberProps<number>) {
  return (
    <InputNumber<number> min={0} max={100_000_000_000} precision={2} style={{ width: '100%' }} {...props} />
  );
}
