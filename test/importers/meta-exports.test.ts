import { describe, expect, it } from 'vitest';
import { byAction, FIXTURES, readAll } from './helpers.js';

describe('Facebook exports (fixtures in the documented format, with Latin-1 mojibake)', () => {
  it('reads the 2022 layout: posts and comments, repairing the encoding', async () => {
    const items = await readAll(`${FIXTURES}facebook-2022`);
    expect(byAction(items)).toEqual({ post: 3, share: 1, comment: 2, reply: 1 });
    const texts = items.map((item) => item.text);
    expect(texts).toContain('Journée portes ouvertes au centre ce samedi ! Venez nombreux 🎉');
    expect(texts).toContain("Merci à toute l'équipe de l'hôpital 🙏");
    expect(texts.join(' ')).not.toMatch(/Ã|ð\u009f/);
    expect(items.every((item) => item.platform === 'facebook')).toBe(true);
  });

  it('dates items from Unix timestamps and keeps the shared link', async () => {
    const items = await readAll(`${FIXTURES}facebook-2022/posts/your_posts_1.json`);
    expect(items[0]?.at).toBe('2022-11-08T13:00:00.000Z');
    expect(items[1]).toMatchObject({ action: 'share', text: '', url: 'https://example.org/article-sante' });
  });

  it('reads the 2024 layout (your_facebook_activity/, comments_and_reactions/, groups/)', async () => {
    const items = await readAll(`${FIXTURES}facebook-2024`);
    expect(items.map((item) => [item.action, item.text])).toEqual([
      ['comment', 'Très bon article, à partager'],
      ['comment', 'Même chose à notre unité'],
      ['post', "Quelqu'un a des conseils pour le stress au travail ?"],
      ['post', "Café avec l'équipe du CLSC ☕"],
    ]);
  });
});

describe('Instagram exports (fixtures, with Latin-1 mojibake)', () => {
  it('reads the 2023 layout: captions from the post or its single media, and comments', async () => {
    const items = await readAll(`${FIXTURES}instagram-2023`);
    expect(items.map((item) => [item.action, item.text])).toEqual([
      ['comment', 'Trop beau! 😍'],
      ['comment', "Félicitations à l'équipe"],
      ['post', 'Randonnée à Percé 🌊 #gaspésie'],
      ['post', "Souper d'équipe — merci à tous ! 🥂"],
      ['post', ''],
    ]);
    expect(items[0]).toMatchObject({ platform: 'instagram', url: 'https://www.instagram.com/zoe.cote/', at: '2023-03-21T12:00:00.000Z' });
  });

  it('reads the 2021 layout with comments_media_comments', async () => {
    const items = await readAll(`${FIXTURES}instagram-2021`);
    expect(items.map((item) => item.text)).toEqual(['Génial 👏', 'Été à Montréal ☀️']);
  });
});
