/**
 * The two languages: a Chinese browser opens the app in Chinese, the toolbar's switcher changes
 * the whole page live (canvas labels, mode explanations, findings in the export dialog) and the
 * choice survives a reload.
 */
import type { Page } from '@playwright/test';
import { findings } from '../src/i18n/zh-CN/findings';
import { modes } from '../src/i18n/zh-CN/modes';
import { expect, test } from './fixtures';

function languageSelect(page: Page) {
  return page.getByRole('banner').getByLabel('Language / 语言', { exact: true });
}

test.describe('in a browser that prefers Simplified Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('opens in Chinese; English chosen in the switcher stays after a reload', async ({ app }) => {
    const { page } = app;
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(app.button('添加网卡')).toBeVisible();
    await expect(app.button('添加绑定')).toBeVisible();
    await expect(languageSelect(page)).toHaveValue('zh-CN');
    await expect(page.getByRole('group', { name: '绑定 bond0', exact: true })).toBeVisible();

    await languageSelect(page).selectOption({ label: 'English' });
    await expect(app.button('Add NIC')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('group', { name: 'Bond bond0', exact: true })).toBeVisible();
    await expect.poll(() => app.storageItem('bondsmith:lang')).toBe('en');

    await page.reload();
    await expect(app.button('Add bond')).toBeVisible();
    await expect(languageSelect(page)).toHaveValue('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('the seed flow after switching to Chinese explains the mode and lists findings in Chinese', async ({
  app,
  canvas,
  exportDialog,
}) => {
  const { page } = app;
  await canvas.dragNicOntoBond('eth0', 'bond0');
  await canvas.dragNicOntoBond('eth1', 'bond0');
  await expect(canvas.slaves('bond0')).toHaveText([/eth0/, /eth1/]);

  await languageSelect(page).selectOption({ label: '简体中文' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(app.button('导出…')).toBeVisible();
  // The canvas follows: node and edge labels and the slave list of the bond node.
  const bond = page.getByRole('group', { name: '绑定 bond0', exact: true });
  await expect(page.getByRole('group', { name: '网卡 eth0', exact: true })).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'eth1 是 bond0 的从属接口', exact: true }),
  ).toHaveCount(1);
  await expect(bond.getByRole('list', { name: '从属接口（按加入绑定的顺序）' })).toBeVisible();

  await bond.click();
  const panel = page.getByRole('region', { name: '绑定 bond0', exact: true });
  await panel.getByRole('radio', { name: 'balance-xor (2)', exact: true }).check();
  const explanation = panel.getByRole('region', { name: 'balance-xor 的工作方式' });
  await expect(explanation.getByRole('heading')).toHaveText(modes['balance-xor'].title);
  await expect(explanation).toContainText(modes['balance-xor'].transmit);

  await panel.getByRole('radio', { name: '静态', exact: true }).check();
  await panel.getByLabel('地址', { exact: true }).fill('300.1.1.1');
  await panel.getByLabel('地址', { exact: true }).blur();

  await page.getByRole('button', { name: '导出…' }).click();
  const dialog = page.getByRole('dialog', { name: '导出配置' });
  const download = dialog.getByRole('button', { name: '下载配置包' });
  await expect(download).toBeDisabled();
  await expect(dialog.getByText('修复以下错误后才能生成配置包：')).toBeVisible();
  const message = findings['ipv4-address-invalid'].replace('{{address}}', '300.1.1.1');
  await expect(
    dialog.getByRole('button', { name: /绑定 bond0/ }).filter({ hasText: message }),
  ).toHaveCount(1);
  await dialog.getByRole('button', { name: '关闭', exact: true }).click();

  await panel.getByLabel('地址', { exact: true }).fill('192.168.1.3');
  await panel.getByLabel('前缀或子网掩码', { exact: true }).fill('24');
  await page.getByRole('button', { name: '导出…' }).click();
  await expect(download).toBeEnabled();
  const downloaded = page.waitForEvent('download');
  await download.click();
  expect((await downloaded).suggestedFilename()).toBe('bondsmith-x3650.zip');
  await expect(exportDialog.dialog).toHaveCount(0);
});
