import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { logout } from '../api/auth';
import { useT } from '../i18n/I18nProvider';

export function useLogout(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const t = useT();
  return useCallback(async () => {
    try {
      await logout();
    } catch {
      // An expired session is as good as signed out; leave the page either way.
    }
    // Nothing of this user's data may linger for the next person at this browser.
    queryClient.clear();
    navigate('/login', { replace: true });
    void message.success(t.header.loggedOut);
  }, [queryClient, navigate, message, t]);
}
