import { Flex, theme, Typography } from 'antd';

/** The 客 mark plus the name; `compact` hides the name for the collapsed sidebar. */
export function Logo({ compact = false, size = 32 }: { compact?: boolean; size?: number }) {
  const { token } = theme.useToken();
  return (
    <Flex align="center" gap={10} style={{ minWidth: 0 }}>
      <span
        aria-hidden
        style={{
          width: size,
          height: size,
          flex: 'none',
          borderRadius: size / 4,
          background: `linear-gradient(135deg, ${token.colorPrimary}, #5b8cff)`,
          color: '#fff',
          fontWeight: 700,
          fontSize: size * 0.55,
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
        }}
      >
        客
      </span>
      {!compact && (
        <Typography.Text strong style={{ fontSize: size * 0.53, whiteSpace: 'nowrap' }}>
          客易 <span style={{ color: token.colorTextSecondary, fontWeight: 500 }}>Keyi</span>
        </Typography.Text>
      )}
    </Flex>
  );
}
