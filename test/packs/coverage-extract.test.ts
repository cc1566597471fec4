import { describe, expect, it } from 'vitest';
import { extractPrescriptiveSentences, extractSentences } from '../../src/packs/coverage/index.js';

const prescriptive = (text: string, language = 'en'): string[] => extractPrescriptiveSentences(text, language).map((s) => s.text);

describe('prescriptive sentences in English', () => {
  it('finds modal and deontic forms, and leaves statements alone', () => {
    const text = [
      'Staff must not post photos of clients. Staff shall report a breach to a supervisor.',
      'The accounts are not to be used for personal purposes. Users are not authorized to change the password.',
      'No posting is permitted. Attempting to obtain a password is strictly prohibited.',
      'Employees are responsible for checking the account. It is expected that they behave well.',
      'Social media is a powerful way to connect. The policy was adopted in 2019.',
    ].join('\n\n');
    expect(prescriptive(text)).toEqual([
      'Staff must not post photos of clients.', 'Staff shall report a breach to a supervisor.',
      'The accounts are not to be used for personal purposes.', 'Users are not authorized to change the password.',
      'No posting is permitted.', 'Attempting to obtain a password is strictly prohibited.',
      'Employees are responsible for checking the account.', 'It is expected that they behave well.',
    ]);
  });

  it('does not take a purpose, a condition or a relative clause for a duty', () => {
    const text = [
      'Staff protect the agency in order to ensure objective service delivery.',
      'Should a staff member respond, the reply is theirs.',
      'Blogs that do not identify the blogger fall outside this policy.',
      'This is to preserve the integrity of the relationship.',
    ].join('\n\n');
    expect(prescriptive(text)).toEqual([]);
  });

  it('finds orders given in the imperative, after a condition too', () => {
    const text = 'Restrict the amount of personal information you post online.\n\nIf an error is made, identify the mistake and correct it quickly.\n\nAlways read the terms and conditions.';
    expect(extractPrescriptiveSentences(text).map((s) => s.why)).toEqual(['imperative', 'imperative', 'imperative']);
  });

  it('gives each item of a prescriptive list its lead-in, and leaves lists of examples to their lead-in', () => {
    const text = [
      'All communications, even in a personal capacity must not;', 'Bring the agency into disrepute', 'Comment on work related issues',
      'Professionals should read this. Nothing more.',
      'It will also be reviewed where changes arise, such as:', '- Legislation;', '- Changing methodology.',
    ].join('\n\n');
    const found = extractPrescriptiveSentences(text);
    expect(found.map((s) => [s.text, s.why, s.leadIn])).toEqual([
      ['Bring the agency into disrepute', 'list', 'All communications, even in a personal capacity must not;'],
      ['Comment on work related issues', 'list', 'All communications, even in a personal capacity must not;'],
      ['Professionals should read this.', 'cue', undefined],
      ['It will also be reviewed where changes arise, such as:', 'cue', undefined],
    ]);
  });

  it('reads a purpose list as aims, not duties', () => {
    const text = 'This policy aims to:\n\n- ensure staff are aware of the law;\n- help staff get the best out of the tools.';
    expect(prescriptive(text)).toEqual([]);
  });
});

describe('prescriptive sentences in French', () => {
  it('finds "ne pas" lists, "doit", "il est interdit", "est tenu de" and "seul … peut"', () => {
    const text = [
      'RÈGLES GÉNÉRALES',
      '- Ne pas divulguer des renseignements confidentiels;',
      "- L'employé doit protéger la vie privée des usagers.",
      '- Il est interdit de publier une photo. Le personnel est tenu de signaler un écart.',
      'SEUL le tribunal peut permettre que cela se fasse.',
      'La prudence est de mise avec les usagers.',
      "Le CISSS a adopté cette politique en 2017.",
    ].join('\n');
    expect(prescriptive(text, 'fr')).toEqual([
      'Ne pas divulguer des renseignements confidentiels;',
      "L'employé doit protéger la vie privée des usagers.",
      'Il est interdit de publier une photo.', 'Le personnel est tenu de signaler un écart.',
      'SEUL le tribunal peut permettre que cela se fasse.',
      'La prudence est de mise avec les usagers.',
    ]);
  });
});

describe('sections and layout', () => {
  it('names sections as the policy numbers them, inline titles and Markdown headings included', () => {
    const text = [
      '## 1. INTRODUCTION', 'Staff should read this.',
      '6.1 Privacy: Staff must keep secrets.',
      '6.7.2 Staff should use a personal e-mail address.',
      'Business use of social media', 'You should identify yourself.',
    ].join('\n\n');
    expect(extractSentences(text).map((s) => [s.section.label, s.section.number, s.text])).toEqual([
      ['1. INTRODUCTION', '1', 'Staff should read this.'],
      ['6.1 Privacy', '6.1', 'Staff must keep secrets.'],
      ['6.7.2', '6.7.2', 'Staff should use a personal e-mail address.'],
      ['Business use of social media', undefined, 'You should identify yourself.'],
    ]);
  });

  it('drops repeated page furniture and joins a sentence cut by a page break', () => {
    const footer = 'Working in partnership with:';
    const text = [`Intro text here. ${'\n\n'}${footer}`, 'Users should not share their date of birth,', footer, 'place of work or address online.', footer].join('\n\n');
    expect(prescriptive(text)).toEqual(['Users should not share their date of birth, place of work or address online.']);
  });

  it('keeps "e.g." and "i.e." inside their sentence', () => {
    expect(prescriptive('Staff must not disclose it (i.e. Children’s Aid Society, Inquest) without consent. Staff should use it (e.g. Facebook) well.'))
      .toEqual(['Staff must not disclose it (i.e. Children’s Aid Society, Inquest) without consent.', 'Staff should use it (e.g. Facebook) well.']);
  });
});
