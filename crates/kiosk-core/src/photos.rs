//! Entrepreneurs' photos: a webcam frame or a chosen file is checked, decoded within
//! fixed limits, shrunk and re-encoded as a plain JPEG (so no EXIF or GPS survives),
//! then stored beside the database under the sha256 of its bytes. Rows keep the hash.

use std::fs;
use std::io::{Cursor, ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader, Limits, RgbImage};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::Store;

/// Largest file accepted; checked before any decoding so a huge upload costs nothing.
pub const MAX_PHOTO_BYTES: u64 = 10 * 1024 * 1024;
/// Largest width or height the decoder is allowed to produce.
pub const MAX_SIDE_IN: u32 = 4096;
/// Longest side of a stored photo: plenty for a card or a profile page.
pub const MAX_SIDE_OUT: u32 = 1024;

/// The folder's name inside the data folder.
const PHOTOS_DIR: &str = "photos";
/// Decoder memory budget: a full 4096 x 4096 RGBA8 image plus room for the decoder's
/// own buffers. A 16-bit photo over about 20 megapixels is refused by this too.
const MAX_ALLOC: u64 = MAX_SIDE_IN as u64 * MAX_SIDE_IN as u64 * 4 + 16 * 1024 * 1024;
/// Good enough for a face on a 1024 px picture while keeping files near 100-200 KB.
const JPEG_QUALITY: u8 = 85;
/// A sha256 written as lowercase hex.
const HASH_LEN: usize = 64;

/// Tells temp files of concurrent writers in this process apart.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// The folder photos live in, beside the database: `<data dir>/photos`.
pub fn dir(store: &Store) -> PathBuf {
    store
        .path()
        .parent()
        .map_or_else(|| PathBuf::from(PHOTOS_DIR), |data| data.join(PHOTOS_DIR))
}

/// Checks, decodes, shrinks and re-encodes `bytes` as JPEG, without storing anything.
/// Returns the JPEG bytes.
pub fn prepare(bytes: &[u8]) -> Result<Vec<u8>> {
    let length = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if length > MAX_PHOTO_BYTES {
        return Err(Error::PhotoTooBig { bytes: length });
    }
    let image = decode(bytes)?;
    let rgb = shrink(flatten(image));
    encode_jpeg(&rgb)
}

/// `prepare`s `bytes` and stores the result as `<dir>/<sha256 hex>.jpg`. Returns the hash.
/// Storing the same photo twice writes nothing the second time.
pub fn store(store: &Store, bytes: &[u8]) -> Result<String> {
    let jpeg = prepare(bytes)?;
    let hash = sha256_hex(&jpeg);
    let folder = dir(store);
    let target = folder.join(file_name(&hash));
    // Same name means same bytes; the length check catches a file someone truncated.
    let stored_len = fs::metadata(&target)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    if stored_len != Some(jpeg.len() as u64) {
        write_atomically(&folder, &target, &jpeg)?;
    }
    Ok(hash)
}

/// The stored JPEG bytes of `hash`, or `None` if there is no such photo. Anything but
/// 64 lowercase hex characters is `None`, so a hash can never name another file.
pub fn read(store: &Store, hash: &str) -> Result<Option<Vec<u8>>> {
    if !is_hash(hash) {
        return Ok(None);
    }
    let folder = dir(store);
    match fs::read(folder.join(file_name(hash))) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
        // No "cannot read" error exists; an unreadable photos folder is a data-folder
        // problem the operator fixes the same way (disk, permissions).
        Err(source) => Err(Error::DataDirUnwritable {
            path: folder,
            source,
        }),
    }
}

/// Deletes the stored photo of `hash` (when a villager's record is erased). A photo that
/// is already gone, or a string that is not a hash, is not an error.
pub fn remove(store: &Store, hash: &str) -> Result<()> {
    if !is_hash(hash) {
        return Ok(());
    }
    let path = dir(store).join(file_name(hash));
    match fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
        Err(source) => Err(Error::FileWrite { path, source }),
    }
}

/// Decodes within [`MAX_SIDE_IN`] and [`MAX_ALLOC`], turned upright by its EXIF
/// orientation: the size is known from the header before any pixel buffer exists,
/// so a file claiming 100000 x 100000 pixels is refused without allocating it.
fn decode(bytes: &[u8]) -> Result<DynamicImage> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| Error::PhotoNotImage(e.to_string()))?;
    if reader.format() == Some(ImageFormat::Jpeg) && !jpeg_is_whole(bytes) {
        return Err(Error::PhotoNotImage(
            "JPEG ends before its end marker".into(),
        ));
    }
    reader.limits(limits());
    let mut decoder = reader.into_decoder().map_err(decode_error)?;
    let (width, height) = decoder.dimensions();
    // `into_decoder` (needed for the orientation) does not hold the output buffer to
    // `max_alloc` as `decode` does, and not every decoder honours every limit.
    if width > MAX_SIDE_IN || height > MAX_SIDE_IN || decoder.total_bytes() > MAX_ALLOC {
        return Err(Error::PhotoTooManyPixels);
    }
    // A damaged EXIF block only costs the rotation, not the photo.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(decode_error)?;
    image.apply_orientation(orientation);
    Ok(image)
}

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE_IN);
    limits.max_image_height = Some(MAX_SIDE_IN);
    limits.max_alloc = Some(MAX_ALLOC);
    limits
}

/// Limits mean "too big"; anything else (unknown format, truncated, corrupt) means
/// the bytes are not a photo the kiosk can use.
fn decode_error(error: ImageError) -> Error {
    match error {
        ImageError::Limits(_) => Error::PhotoTooManyPixels,
        other => Error::PhotoNotImage(other.to_string()),
    }
}

/// The JPEG decoder fills a cut-off JPEG with grey instead of failing, so a JPEG only
/// counts as whole if its segments lead to the end-of-image marker. Walking segment by
/// segment skips the EXIF thumbnail's own end marker inside APP1.
fn jpeg_is_whole(bytes: &[u8]) -> bool {
    let mut at = 2; // past SOI, which the format guess has seen
    loop {
        while bytes.get(at..at + 2) == Some(&[0xFF, 0xFF]) {
            at += 1; // fill bytes before a marker
        }
        let marker = match bytes.get(at..at + 2) {
            Some(&[0xFF, marker]) => marker,
            _ => return false,
        };
        at += 2;
        match marker {
            0xD9 => return true,
            0x01 | 0xD0..=0xD7 => continue, // TEM and RSTn carry no length
            _ => {}
        }
        let length = match bytes.get(at..at + 2) {
            Some(&[high, low]) => usize::from(u16::from_be_bytes([high, low])),
            _ => return false,
        };
        if length < 2 || at + length > bytes.len() {
            return false;
        }
        at += length;
        if marker == 0xDA {
            match entropy_data_end(bytes, at) {
                Some(end) => at = end,
                None => return false,
            }
        }
    }
}

/// Where the compressed data starting at `at` ends: the next 0xFF that is not a
/// stuffed zero or a restart marker. `None` if the bytes run out first.
fn entropy_data_end(bytes: &[u8], mut at: usize) -> Option<usize> {
    loop {
        match bytes.get(at..at + 2)? {
            [0xFF, 0x00 | 0xD0..=0xD7] => at += 2,
            [0xFF, _] => return Some(at),
            _ => at += 1,
        }
    }
}

/// 8-bit RGB for JPEG; transparent parts become white, as on a printed card.
fn flatten(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over_white = |c: u8| {
            let (c, a) = (u16::from(c), u16::from(a));
            // c*a + 255*(255-a) <= 255*255: fits in u16, and the quotient in u8.
            ((c * a + 255 * (255 - a) + 127) / 255) as u8
        };
        image::Rgb([over_white(r), over_white(g), over_white(b)])
    })
}

/// Shrinks so the longest side is at most [`MAX_SIDE_OUT`], keeping the aspect ratio;
/// smaller photos are left as they are rather than blown up.
fn shrink(rgb: RgbImage) -> RgbImage {
    if rgb.width().max(rgb.height()) <= MAX_SIDE_OUT {
        return rgb;
    }
    DynamicImage::ImageRgb8(rgb)
        .resize(MAX_SIDE_OUT, MAX_SIDE_OUT, FilterType::Triangle)
        .into_rgb8()
}

/// A baseline JPEG with only a JFIF header: none of the source's metadata is carried over.
fn encode_jpeg(rgb: &RgbImage) -> Result<Vec<u8>> {
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, JPEG_QUALITY)
        .encode_image(rgb)
        .map_err(|e| Error::PhotoNotImage(format!("re-encoding as JPEG failed: {e}")))?;
    Ok(jpeg)
}

/// Writes `bytes` to a temp file in `folder`, syncs it, renames it onto `target` and
/// syncs the folder, so after a power cut the photo is either whole or absent.
fn write_atomically(folder: &Path, target: &Path, bytes: &[u8]) -> Result<()> {
    let failed = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::FileWrite { path, source }
    };
    fs::create_dir_all(folder).map_err(failed(folder))?;
    let temp = folder.join(format!(
        ".incoming-{}-{}.tmp",
        std::process::id(),
        TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let written = write_synced(&temp, bytes).and_then(|()| fs::rename(&temp, target));
    if let Err(source) = written {
        // Best effort: the temp name is never read, so a leftover is only wasted space.
        let _ = fs::remove_file(&temp);
        return Err(Error::FileWrite {
            path: target.to_path_buf(),
            source,
        });
    }
    sync_folder(folder).map_err(failed(folder))
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes the rename itself durable. Windows cannot open a folder as a file and
/// commits renames with the file's metadata, so this is Unix only.
fn sync_folder(folder: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    fs::File::open(folder)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}

fn file_name(hash: &str) -> String {
    format!("{hash}.jpg")
}

fn is_hash(text: &str) -> bool {
    text.len() == HASH_LEN && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn sha256_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    Sha256::digest(bytes)
        .iter()
        .flat_map(|b| [DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 15)]])
        .map(char::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, Rgba, RgbaImage};

    fn open() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open store");
        (dir, store)
    }

    /// Every name in the photos folder (none if it does not exist yet).
    fn files_in(store: &Store) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir(store))
            .map(|entries| {
                entries
                    .map(|e| e.expect("dir entry").file_name().to_string_lossy().into())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// A picture with detail in both directions, so JPEG cannot squeeze it to nothing.
    fn gradient(width: u32, height: u32) -> RgbImage {
        RgbImage::from_fn(width, height, |x, y| {
            let across = (x * 255 / width) as u8;
            let down = (y * 255 / height) as u8;
            Rgb([across, down, ((x / 16 + y / 16) % 2 * 200) as u8])
        })
    }

    fn encoded(image: DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut bytes = Cursor::new(Vec::new());
        image
            .write_to(&mut bytes, format)
            .expect("encode test image");
        bytes.into_inner()
    }

    fn png(width: u32, height: u32) -> Vec<u8> {
        encoded(gradient(width, height).into(), ImageFormat::Png)
    }

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        encoded(gradient(width, height).into(), ImageFormat::Jpeg)
    }

    fn dimensions(jpeg: &[u8]) -> (u32, u32) {
        let image = image::load_from_memory_with_format(jpeg, ImageFormat::Jpeg)
            .expect("stored photo decodes as JPEG");
        (image.width(), image.height())
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &byte in bytes {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let start = out.len();
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        let crc = crc32(&out[start..]);
        out.extend_from_slice(&crc.to_be_bytes());
    }

    /// A well-formed PNG header claiming `width` x `height` RGBA pixels, with one tiny
    /// (valid) IDAT chunk: decoding it for real would need tens of gigabytes.
    fn png_bomb(width: u32, height: u32) -> Vec<u8> {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut ihdr = Vec::new();
        ihdr.extend_from_slice(&width.to_be_bytes());
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 6, 0, 0, 0]); // 8-bit RGBA, deflate, no interlace
        png_chunk(&mut png, b"IHDR", &ihdr);
        // An empty zlib stream (stored, final block of length 0).
        png_chunk(
            &mut png,
            b"IDAT",
            &[0x78, 0x01, 0x01, 0x00, 0x00, 0xFF, 0xFF],
        );
        png_chunk(&mut png, b"IEND", &[]);
        png
    }

    /// `jpeg` with an APP1 EXIF segment right after SOI: orientation 6 (turn 90 degrees
    /// clockwise) and, after the IFD, GPS text as a phone would leave it.
    fn with_exif(jpeg: &[u8]) -> Vec<u8> {
        let mut tiff = b"MM\x00\x2a\x00\x00\x00\x08".to_vec();
        tiff.extend_from_slice(&1u16.to_be_bytes()); // one IFD entry
        tiff.extend_from_slice(&0x0112u16.to_be_bytes()); // Orientation
        tiff.extend_from_slice(&3u16.to_be_bytes()); // SHORT
        tiff.extend_from_slice(&1u32.to_be_bytes()); // count
        tiff.extend_from_slice(&[0, 6, 0, 0]); // value 6
        tiff.extend_from_slice(&0u32.to_be_bytes()); // no next IFD
        tiff.extend_from_slice(b"GPSLatitude 26.8467N GPSLongitude 80.9462E");
        let mut segment = b"Exif\x00\x00".to_vec();
        segment.extend_from_slice(&tiff);
        let mut out = jpeg[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&((segment.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(&segment);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    #[test]
    fn large_png_and_jpeg_are_shrunk_to_1024_keeping_their_shape() {
        let (_dir, store) = open();
        for (name, bytes) in [("png", png(3000, 2000)), ("jpeg", jpeg(2000, 3000))] {
            let hash = store_ok(&store, &bytes, name);
            let stored = read(&store, &hash).expect("read").expect("stored");
            assert!(
                stored.starts_with(&[0xFF, 0xD8, 0xFF]),
                "{name}: not a JPEG"
            );
            let (w, h) = dimensions(&stored);
            assert_eq!(w.max(h), MAX_SIDE_OUT, "{name}: {w}x{h}");
            let (long, short) = (w.max(h), w.min(h));
            assert!(
                (f64::from(long) / f64::from(short) - 1.5).abs() < 0.01,
                "{name}"
            );
            assert_eq!(
                w < h,
                name == "jpeg",
                "{name}: orientation of the frame lost"
            );
        }
    }

    fn store_ok(store: &Store, bytes: &[u8], what: &str) -> String {
        match super::store(store, bytes) {
            Ok(hash) => hash,
            Err(e) => panic!("{what}: {e}"),
        }
    }

    #[test]
    fn small_photos_are_not_enlarged() {
        let jpeg = prepare(&png(300, 200)).expect("prepare");
        assert_eq!(dimensions(&jpeg), (300, 200));
        let jpeg = prepare(&jpeg).expect("prepare a JPEG");
        assert_eq!(dimensions(&jpeg), (300, 200));
    }

    #[test]
    fn transparent_parts_become_white() {
        let clear = RgbaImage::from_pixel(64, 48, Rgba([0, 0, 0, 0]));
        let jpeg = prepare(&encoded(clear.into(), ImageFormat::Png)).expect("prepare");
        let rgb = image::load_from_memory(&jpeg).expect("decode").into_rgb8();
        assert!(
            rgb.pixels().all(|p| p.0.iter().all(|&c| c >= 250)),
            "not white: {:?}",
            rgb.get_pixel(0, 0)
        );
    }

    #[test]
    fn same_photo_twice_is_one_file_named_by_its_sha256() {
        let (_dir, store) = open();
        let bytes = png(1500, 900);
        let first = store_ok(&store, &bytes, "first");
        let second = store_ok(&store, &bytes, "second");
        assert_eq!(first, second);
        assert_eq!(files_in(&store), vec![format!("{first}.jpg")]);
        let stored = fs::read(dir(&store).join(format!("{first}.jpg"))).expect("file");
        let expected: String = Sha256::digest(&stored)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(first, expected);
        assert!(is_hash(&first), "{first}");
    }

    #[test]
    fn exif_and_gps_are_stripped_and_orientation_applied() {
        let (_dir, store) = open();
        let bytes = with_exif(&jpeg(200, 100));
        assert!(contains(&bytes, b"Exif") && contains(&bytes, b"GPS"));
        let hash = store_ok(&store, &bytes, "exif");
        let stored = read(&store, &hash).expect("read").expect("stored");
        assert!(!contains(&stored, b"Exif"), "EXIF survived");
        assert!(!contains(&stored, b"GPS"), "GPS text survived");
        assert_eq!(dimensions(&stored), (100, 200), "orientation 6 not applied");
    }

    #[test]
    fn bad_inputs_are_refused_and_leave_no_file() {
        let (_dir, store) = open();
        store_ok(&store, &png(40, 30), "a good photo first");
        let before = files_in(&store);
        assert_eq!(before.len(), 1);

        let real_jpeg = jpeg(600, 400);
        let real_png = png(600, 400);
        let real_webp = encoded(gradient(600, 400).into(), ImageFormat::WebP);
        // A valid photo padded past the limit: only the length check can refuse it.
        let mut too_big = png(40, 30);
        too_big.resize(MAX_PHOTO_BYTES as usize + 1, 0);
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            ("empty", Vec::new(), "photos.not_an_image"),
            (
                "text",
                b"hello, this is not a photo".to_vec(),
                "photos.not_an_image",
            ),
            (
                "truncated jpeg",
                real_jpeg[..real_jpeg.len() / 2].to_vec(),
                "photos.not_an_image",
            ),
            (
                "truncated png",
                real_png[..real_png.len() / 2].to_vec(),
                "photos.not_an_image",
            ),
            (
                "truncated webp",
                real_webp[..real_webp.len() / 2].to_vec(),
                "photos.not_an_image",
            ),
            (
                "jpeg header only",
                real_jpeg[..200].to_vec(),
                "photos.not_an_image",
            ),
            ("10 MB + 1", too_big, "photos.too_big"),
            (
                "png bomb",
                png_bomb(100_000, 100_000),
                "photos.too_many_pixels",
            ),
            ("5000 x 10", png(5000, 10), "photos.too_many_pixels"),
            ("10 x 5000", png(10, 5000), "photos.too_many_pixels"),
        ];
        for (name, bytes, code) in cases {
            match super::store(&store, &bytes) {
                Ok(hash) => panic!("{name}: stored as {hash}"),
                Err(e) => assert_eq!(e.code(), code, "{name}: {e}"),
            }
            assert_eq!(files_in(&store), before, "{name} left a file");
        }
    }

    #[test]
    fn a_jpeg_is_whole_only_up_to_its_end_marker() {
        let whole = with_exif(&jpeg(120, 80));
        assert!(jpeg_is_whole(&whole));
        // Phones and some cameras append data after the end marker; that is fine.
        let mut trailer = whole.clone();
        trailer.extend_from_slice(b"\0\0SEFT trailer");
        assert!(jpeg_is_whole(&trailer));
        // An end marker inside APP1 (an EXIF thumbnail's) does not make a cut file whole.
        let thumbnail = jpeg(16, 16);
        let main = jpeg(120, 80);
        let mut cut = vec![0xFF, 0xD8, 0xFF, 0xE1];
        cut.extend_from_slice(&((thumbnail.len() + 8) as u16).to_be_bytes());
        cut.extend_from_slice(b"Exif\0\0");
        cut.extend_from_slice(&thumbnail);
        cut.extend_from_slice(&main[2..]);
        assert!(jpeg_is_whole(&cut), "the whole file with a thumbnail");
        cut.truncate(cut.len() - 10);
        assert!(contains(&cut, &[0xFF, 0xD9]), "the thumbnail's end marker");
        assert!(!jpeg_is_whole(&cut));
        for end in [2, 3, 4, 20, whole.len() - 2, whole.len() - 1] {
            assert!(!jpeg_is_whole(&whole[..end]), "cut at {end}");
        }
    }

    #[test]
    fn a_webp_photo_is_accepted() {
        let webp = encoded(gradient(1200, 600).into(), ImageFormat::WebP);
        let jpeg = prepare(&webp).expect("prepare WebP");
        assert_eq!(dimensions(&jpeg), (1024, 512));
    }

    #[test]
    fn too_big_reports_its_size() {
        let bytes = vec![0u8; MAX_PHOTO_BYTES as usize + 1];
        match prepare(&bytes) {
            Err(Error::PhotoTooBig { bytes }) => assert_eq!(bytes, MAX_PHOTO_BYTES + 1),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_largest_allowed_side_is_accepted() {
        let jpeg = prepare(&png(MAX_SIDE_IN, 8)).expect("4096 wide is allowed");
        assert_eq!(dimensions(&jpeg), (MAX_SIDE_OUT, 2));
    }

    #[test]
    fn failed_write_leaves_no_temp_file() {
        let (_dir, store) = open();
        let bytes = png(50, 50);
        let hash = sha256_hex(&prepare(&bytes).expect("prepare"));
        // A folder where the photo should go makes the rename fail.
        let blocker = dir(&store).join(file_name(&hash));
        fs::create_dir_all(blocker.join("inside")).expect("blocker");
        match super::store(&store, &bytes) {
            Err(e @ Error::FileWrite { .. }) => assert_eq!(e.path(), Some(blocker.as_path())),
            other => panic!("{other:?}"),
        }
        assert_eq!(files_in(&store), vec![file_name(&hash)]);
    }

    #[test]
    fn read_refuses_anything_but_a_hash() {
        let (_dir, store) = open();
        let hash = store_ok(&store, &png(20, 20), "photo");
        assert!(read(&store, &hash).expect("read").is_some());
        fs::write(dir(&store).join("x"), b"secret").expect("write");
        for bad in [
            "../x".to_string(),
            "x".to_string(),
            hash.to_uppercase(),
            hash[..63].to_string(),
            format!("{hash}0"),
            format!("../photos/{}", &hash[10..]),
            String::new(),
        ] {
            assert_eq!(read(&store, &bad).expect("read"), None, "{bad:?}");
        }
    }

    #[test]
    fn removed_photo_is_gone_and_removing_again_is_fine() {
        let (_dir, store) = open();
        let hash = store_ok(&store, &png(20, 20), "photo");
        remove(&store, &hash).expect("remove");
        assert_eq!(read(&store, &hash).expect("read"), None);
        assert!(files_in(&store).is_empty());
        remove(&store, &hash).expect("remove twice");
        remove(&store, "../kiosk.sqlite3").expect("not a hash");
        assert!(store.path().exists(), "database must not be touched");
    }

    #[test]
    fn photos_live_beside_the_database() {
        let (data, store) = open();
        assert_eq!(dir(&store), data.path().join("photos"));
    }

    #[test]
    fn hex_is_lowercase_sha256() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
