// Builds the WordPress plugin: copies the classic-script CDN file into the plugin's
// vendor/ folder (it is not committed twice) and writes dist/kumppani-wordpress.zip,
// the file a webmaster uploads in Plugins → Add New → Upload.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const plugin = resolve(import.meta.dirname, 'kumppani');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const header = readFileSync(join(plugin, 'kumppani.php'), 'utf8');
for (const [what, pattern] of [
  ['Version header', /^ \* Version:\s+(\S+)$/m],
  ['KUMPPANI_VERSION', /const KUMPPANI_VERSION = '([^']+)';/],
]) {
  const found = pattern.exec(header)?.[1];
  if (found !== version) throw new Error(`kumppani.php: ${what} is ${found}, package.json says ${version}`);
}

mkdirSync(join(plugin, 'vendor'), { recursive: true });
copyFileSync(join(root, 'dist/kumppani-all.iife.js'), join(plugin, 'vendor/kumppani-all.iife.js'));

function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/** A plain ZIP archive (deflate, no extras): enough for WordPress's uploader and unzip. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const checksum = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00, so builds are byte-for-byte repeatable
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const entries = filesUnder(plugin).map((file) => ({
  name: `kumppani/${relative(plugin, file)}`,
  data: readFileSync(file),
}));
const archive = join(root, 'dist/kumppani-wordpress.zip');
writeFileSync(archive, zip(entries));
console.log(`  ${relative(root, archive)}: ${entries.length} files, ${statSync(archive).size.toLocaleString('en')} B`);
