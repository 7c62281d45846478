import { describe, expect, it } from 'vitest';
import { summaryMarkdown } from './summaryDocument';

describe('a project summary in Markdown', () => {
  it('writes the title, the lines and each section with its list', () => {
    expect(summaryMarkdown({
      title: 'Bænk ved gadekæret',
      lines: ['Stage: Running', 'Place: Nakskov'],
      sections: [{ heading: 'Who is in', paragraphs: [], items: ['Ann Berg (leads it)', 'Bo Dahl (is in)'] }, { heading: 'Hours', paragraphs: ['12.5 hr given'], items: [] }],
    })).toBe('# Bænk ved gadekæret\n\nStage: Running  \nPlace: Nakskov\n\n## Who is in\n\n- Ann Berg \\(leads it\\)\n- Bo Dahl \\(is in\\)\n\n## Hours\n\n12\\.5 hr given\n');
  });

  it('keeps what people typed as text: no heading, list, link or HTML comes out of it', () => {
    const written = summaryMarkdown({ title: '# 1. <b>[Win](http://x)</b>', lines: [], sections: [{ heading: '- x', paragraphs: ['*not bold*\nsecond line'], items: [] }] });
    expect(written).toBe('# \\# 1\\. \\<b\\>\\[Win\\]\\(http://x\\)\\</b\\>\n\n## \\- x\n\n\\*not bold\\*  \nsecond line\n');
  });
});
