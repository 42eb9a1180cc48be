/**
 * List entries no client can read as a case: not an object, or no usable ajbh (the record's only
 * key). The contract says such a record must not stop the others; put them with `putRaw`.
 * Records that are merely odd (a bad date, an unknown code) are not here: they stay readable.
 */
export function unreadableJiangsuEntries(): unknown[] {
  return [
    null,
    'ajbh=JS3201022024;dsrxm=张三',
    42,
    [],
    ['JS3201022024000001'],
    {},
    { dsrxm: '张三', ajzt: '结案' },
    { ajbh: null, dsrxm: '李四' },
    { ajbh: '', dsrxm: '王五' },
    { ajbh: '   ' },
  ];
}
