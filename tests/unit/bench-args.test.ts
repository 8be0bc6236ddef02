import { describe, expect, it } from 'vitest';
import { readBenchArgs } from '../../scripts/bench/args';

const SECTIONS = [
  { id: '1', title: 'Scan cost' },
  { id: '6', title: 'Naive baseline' },
];

describe('the benchmark command line', () => {
  it('runs every section, or the ones named, in the order named', () => {
    expect(readBenchArgs([], SECTIONS)).toEqual({ run: { ids: ['1', '6'], fresh: false, fullBaseline: false } });
    expect(readBenchArgs(['6', '--fresh', '1', '--full-baseline'], SECTIONS)).toEqual({ run: { ids: ['6', '1'], fresh: true, fullBaseline: true } });
  });

  it('prints the usage with the sections for --help or -h', () => {
    for (const flag of ['--help', '-h']) {
      const command = readBenchArgs(['1', flag, '--nonsense'], SECTIONS);
      expect(command).toEqual({ help: expect.stringMatching(/^usage: npm run bench -- \[section \.\.\.\] \[--fresh\] \[--full-baseline\]\nsections: 1 \(Scan cost\); 6 \(Naive baseline\)$/) });
    }
  });

  it('names the first unknown option or section as typed, followed by the usage', () => {
    for (const [argv, named] of [
      [['--frsh'], '--frsh'],
      [['9'], '9'],
      [['1', '--fresh=yes'], '--fresh=yes'],
      [['-hx'], '-hx'],
      [['--nonsense', '--help'], '--nonsense'],
    ] as const) {
      const command = readBenchArgs(argv, SECTIONS);
      expect(command, argv.join(' ')).toEqual({ error: expect.stringMatching(new RegExp(`^Unknown argument or section "${named}"\\.\\nusage: npm run bench`)) });
    }
  });
});
