// The tag browser's tree: names for common attributes, values as text, binary data summarised, and
// sequences nested — checked on a file to which dcmtk (an independent tool) added a sequence.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dicomTagTree } from '../../src-main/core/imaging/dicom-tags';
import { ctSeries } from '../../platform/demo/phantoms';
import { makeTempDir } from '../support/temp-dir';

describe('dicomTagTree', () => {
  it('lists the header with names, values and nested sequence items', () => {
    const dir = makeTempDir();
    try {
      const path = join(dir.path, 'slice.dcm');
      writeFileSync(path, ctSeries('tags', 1, { id: 'T', name: 'TEST^PATIENT' })[0]!.bytes);
      execFileSync('dcmodify', ['-nb', '-i', '(0008,1140)[0].(0008,1150)=1.2.840.10008.5.1.4.1.1.2', '-i', '(0008,1140)[0].(0008,1155)=1.2.3.4.5', path]);
      const tags = dicomTagTree(readFileSync(path));
      const find = (tag: string) => tags.find((t) => t.tag === tag);
      expect(find('(0008,0060)')).toMatchObject({ name: 'Modality', vr: 'CS', value: 'CT' });
      expect(find('(0028,0010)')).toMatchObject({ name: 'Rows', value: '512' });
      expect(find('(0028,0030)')).toMatchObject({ name: 'PixelSpacing', value: '0.70\\0.70' });
      expect(find('(7FE0,0010)')?.value).toBe(`[${512 * 512 * 2} bytes]`);
      const sequence = find('(0008,1140)');
      expect(sequence).toMatchObject({ name: 'ReferencedImageSequence', vr: 'SQ', value: '1 item(s)' });
      expect(sequence?.items?.[0]?.find((t) => t.tag === '(0008,1155)')).toMatchObject({ name: 'ReferencedSOPInstanceUID', value: '1.2.3.4.5' });
    } finally {
      dir.remove();
    }
  });

  it('reads a deflated file (dcmtk-deflated) like any other', () => {
    const dir = makeTempDir();
    try {
      const path = join(dir.path, 'slice.dcm');
      writeFileSync(path, ctSeries('tags', 1, { id: 'T', name: 'TEST^PATIENT' })[0]!.bytes);
      execFileSync('dcmconv', ['+td', path, join(dir.path, 'deflated.dcm')]);
      const tags = dicomTagTree(readFileSync(join(dir.path, 'deflated.dcm')));
      expect(tags.find((t) => t.tag === '(0002,0010)')?.value).toBe('1.2.840.10008.1.2.1.99');
      expect(tags.find((t) => t.tag === '(0028,0010)')).toMatchObject({ name: 'Rows', value: '512' });
    } finally {
      dir.remove();
    }
  });

  it('decodes values by the dictionary’s VR in an implicit-VR file (dcmtk-converted), as in an explicit one', () => {
    const dir = makeTempDir();
    try {
      const path = join(dir.path, 'slice.dcm');
      writeFileSync(path, ctSeries('tags', 1, { id: 'T', name: 'TEST^PATIENT' })[0]!.bytes);
      execFileSync('dcmodify', ['-nb', '-i', '(0018,1164)=0.2\\0.2', '-i', '(0028,1056)=SIGMOID', path]);
      execFileSync('dcmconv', ['+ti', path, join(dir.path, 'implicit.dcm')]);
      const explicit = dicomTagTree(readFileSync(path));
      const implicit = dicomTagTree(readFileSync(join(dir.path, 'implicit.dcm')));
      const find = (tags: typeof implicit, tag: string) => tags.find((t) => t.tag === tag);
      expect(find(implicit, '(0002,0010)')?.value).toBe('1.2.840.10008.1.2');
      expect(find(implicit, '(0028,0010)')).toMatchObject({ name: 'Rows', vr: 'US', value: '512' });
      expect(find(implicit, '(0028,0100)')).toMatchObject({ name: 'BitsAllocated', vr: 'US', value: '16' });
      expect(find(implicit, '(0028,0103)')).toMatchObject({ name: 'PixelRepresentation', vr: 'US', value: '0' });
      // Attributes the old short list did not name are named from the full dictionary.
      expect(find(implicit, '(0028,1056)')).toMatchObject({ name: 'VOILUTFunction', vr: 'CS', value: 'SIGMOID' });
      expect(find(implicit, '(0018,1164)')).toMatchObject({ name: 'ImagerPixelSpacing', vr: 'DS', value: '0.2\\0.2' });
      // Every element of the data set (group 0002 is explicit in both) reads the same in both encodings.
      for (const tag of explicit.filter((t) => !t.tag.startsWith('(0002'))) {
        expect(find(implicit, tag.tag), tag.tag).toMatchObject({ name: tag.name, value: tag.value });
      }
    } finally {
      dir.remove();
    }
  });

  it('refuses what is not DICOM with UNSUPPORTED_DICOM', () => {
    expect(() => dicomTagTree(Buffer.from('not a DICOM file'))).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_DICOM' }));
  });
});
