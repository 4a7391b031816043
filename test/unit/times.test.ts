import { describe, expect, test } from 'vitest';
import { parseDayHeading } from '../../utils/pipeline/day-headings';
import { euZone, fixedZone, isoOffset, leadingClock, localToUtc, parseClock, parseMachineTime, parseRelative, usZone } from '../../utils/pipeline/times';

describe('parseClock', () => {
  test.each([
    ['6:41am', 6, 41, null],
    ['12.20pm BST:', 12, 20, 60],
    ['12.05am', 0, 5, null],
    ['13.28 Uhr: Titel', 13, 28, null],
    ['9h05 - La Bourse', 9, 5, null],
    ['14.32 GMT', 14, 32, 0],
    ['Posted at 9:02', 9, 2, null],
    ['07:41', 7, 41, null],
    ['9am BST: Typhoon', 9, 0, 60],
    ['21:06 (IST)', 21, 6, 330],
    ['16:56 CEST', 16, 56, 120],
    ['10:15:30', 10, 15, null],
  ])('%s → %i:%i offset %s', (text, h, m, offset) => {
    const c = parseClock(text);
    expect(c).not.toBeNull();
    expect([c!.h, c!.m, c!.offset]).toEqual([h, m, offset]);
  });

  test.each([['57:33'], ['65.06 sek.'], ['0,55 %'], ['7.612,52 points'], ['2024'], ['13pm'], ['12.75'], ['']])('%s is no clock', (text) => {
    expect(parseClock(text)).toBeNull();
  });
});

describe('leadingClock', () => {
  test.each([
    ['12.31 Uhr: Ultraorthodoxe Zeitung', true],
    ['9h05 - La Bourse de Paris', true],
    ['1.30pm Man pictured', true],
    ['9am BST: Typhoon Lan kills four', true],
    ['07:41', true],
    ['+++ 12.31 Uhr +++ Angriff', true],
    ['Kiptoo finished in 2:05:41', false],
    ['Offenbar mehrere Kinder getötet (11.39 Uhr)', false],
    ['2024 Olympics', false],
  ])('%s → %s', (text, yes) => expect(leadingClock(text) != null).toBe(yes));
});

describe('parseRelative', () => {
  test.each([
    ['2h ago', 2 * 3600_000],
    ['5 mins ago', 5 * 60_000],
    ['vor 3 Minuten', 3 * 60_000],
    ['il y a 2 h', 2 * 3600_000],
    ['1 day ago', 86_400_000],
    ['2 hr 5 min ago', 7_500_000],
    ['an hour ago', 3_600_000],
    ['hace 3 horas', 3 * 3600_000],
    ['5 min', null],
    ['ago', null],
  ])('%s → %s', (text, ms) => expect(parseRelative(text)).toBe(ms));
});

describe('parseMachineTime and isoOffset', () => {
  test.each([
    ['2024-12-16T06:41:00Z', Date.UTC(2024, 11, 16, 6, 41)],
    ['2020-10-02T19:02:32+05:30', Date.UTC(2020, 9, 2, 13, 32, 32)],
    ['2024-08-27T10:32:25.386913+00:00', Date.UTC(2024, 7, 27, 10, 32, 25, 386)],
    ['2023-11-02 16:56:00+0100', Date.UTC(2023, 10, 2, 15, 56)],
    ['1722888018921', 1722888018921],
    ['1692003712', 1692003712000],
    ['95', null],
    ['yesterday', null],
    ['', null],
  ])('%s → %s', (v, t) => expect(parseMachineTime(v)).toBe(t));

  test.each([
    ['2017-10-23T13:30:00+01:00', 60],
    ['2024-08-27T10:32:24.467Z', 0],
    ['2020-10-02T19:02:32+05:30', 330],
    ['2024-08-27', null],
  ])('offset of %s is %s', (v, o) => expect(isoOffset(v)).toBe(o));
});

describe('zones', () => {
  const uk = euZone(0);
  const cet = euZone(60);
  const et = usZone(-300);
  test.each([
    [uk, Date.UTC(2024, 7, 5, 12), 60],
    [uk, Date.UTC(2024, 11, 16, 12), 0],
    [uk, Date.UTC(2024, 2, 31, 0, 59), 0],
    [uk, Date.UTC(2024, 2, 31, 1, 0), 60],
    [cet, Date.UTC(2023, 10, 2, 12), 60],
    [cet, Date.UTC(2024, 6, 18, 12), 120],
    [et, Date.UTC(2020, 8, 25, 12), -240],
    [et, Date.UTC(2020, 11, 25, 12), -300],
    [fixedZone(330), 0, 330],
  ])('zone %#', (zone, t, offset) => expect(zone(t)).toBe(offset));

  test('localToUtc', () => {
    expect(localToUtc(2024, 7, 27, 12, 31, 0, cet)).toBe(Date.UTC(2024, 7, 27, 10, 31));
    expect(localToUtc(2017, 9, 23, 13, 30, 0, uk)).toBe(Date.UTC(2017, 9, 23, 12, 30));
  });
});

describe('parseDayHeading', () => {
  test.each([
    ['Sunday 15 December', { d: 15, mo: 11, y: null }],
    ['Sunday October 22', { d: 22, mo: 9, y: null }],
    ['Dienstag, 27. August 2024', { d: 27, mo: 7, y: 2024 }],
    ['Mittwoch, 17. 7.', { d: 17, mo: 6, y: null }],
    ['jeudi 18 juillet', { d: 18, mo: 6, y: null }],
    ['15 December 2024', { d: 15, mo: 11, y: 2024 }],
    ['Monday, October 23rd, 2017', { d: 23, mo: 9, y: 2017 }],
    ['Lorient 1 - 1 Lyon', null],
    ['Sunday lunch with the team', null],
    ['12 things we learned', null],
  ])('%s', (text, day) => expect(parseDayHeading(text)).toEqual(day));
});
