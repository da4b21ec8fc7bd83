//! Images people upload (group logos, avatars): checked by their magic bytes, decoded with
//! size limits, scaled down and re-encoded as PNG, which strips metadata and any payload
//! hidden in the original.

use image::{ImageFormat, ImageReader, Limits};
use muster_core::id::{ImageId, UserId};
use muster_db::{images::ImageRow, rate_limits};

use crate::{App, AppError, ErrorCode, limits};

/// Largest upload accepted.
pub const MAX_UPLOAD_BYTES: usize = 2 * 1024 * 1024;
/// The refusal of a larger one.
pub const TOO_LARGE: &str = "The image is larger than 2 MiB.";
/// Largest stored side of a logo.
pub const LOGO_SIDE: u32 = 512;
/// Largest stored side of an avatar (shown at most 128 CSS px, so sharp at 2×).
pub const AVATAR_SIDE: u32 = 256;
/// Largest side of an accepted upload.
const MAX_INPUT_SIDE: u32 = 4096;
/// Largest photo upload accepted (a phone's 12–48 megapixel JPEG).
pub const MAX_PHOTO_BYTES: usize = 20 * 1024 * 1024;
/// The refusal of a larger one.
pub const PHOTO_TOO_LARGE: &str = "The photo is larger than 20 MiB.";
/// Largest stored side of a photo (sharp on a laptop screen, a few hundred KiB as JPEG).
pub const PHOTO_SIDE: u32 = 2048;
/// Largest side of a photo's thumbnail (shown at most 240 CSS px, so sharp at 2×).
pub const THUMB_SIDE: u32 = 480;
/// Largest side of an accepted photo.
const MAX_PHOTO_INPUT_SIDE: u32 = 12_000;
/// Most memory decoding one photo may allocate: 50 megapixels as RGBA. A small file that
/// claims more (a decompression bomb) is refused before it is decoded.
const MAX_PHOTO_DECODE_BYTES: u64 = 200 * 1024 * 1024;
/// JPEG quality of stored photos and thumbnails.
const PHOTO_QUALITY: u8 = 82;
/// Most memory one decode may allocate (4096 × 4096 RGBA is 64 MiB).
const MAX_DECODE_BYTES: u64 = 64 * 1024 * 1024;

/// An upload by `user`, counted against their daily image uploads, checked and re-encoded
/// off the async threads (at most a few at once) as [`process_as`] does: the row to store,
/// not yet stored.
pub async fn checked_upload(
    app: &App,
    user: UserId,
    bytes: Vec<u8>,
    field: &'static str,
    max_side: u32,
) -> Result<ImageRow, AppError> {
    let bucket = format!("images:user:{user}");
    let now = app.now();
    let (png, width, height) =
        counted_and_decoded(app, bucket, limits::IMAGE_UPLOADS_PER_DAY, move || {
            process_as(&bytes, field, max_side)
        })
        .await?;
    Ok(ImageRow {
        id: ImageId::new(),
        content_type: "image/png".to_owned(),
        bytes: png,
        width: i32::try_from(width).unwrap_or(0),
        height: i32::try_from(height).unwrap_or(0),
        uploaded_by: Some(user),
        created_at: now,
    })
}

/// `work` (an image's decoding and re-encoding), counted first against `bucket`'s daily
/// `limit` (429 past it), then run off the async threads while holding one of the few image
/// permits, so a burst of uploads queues instead of exhausting memory.
pub async fn counted_and_decoded<T: Send + 'static>(
    app: &App,
    bucket: String,
    limit: rate_limits::Limit,
    work: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    let now = app.now();
    if let Err(wait) = app
        .db
        .write(move |c| rate_limits::hit(c, &bucket, limit, now))
        .await?
    {
        return Err(AppError::too_many_requests(wait).with_code(ErrorCode::DailyLimit));
    }
    let permit = app
        .image_permits
        .clone()
        .acquire_owned()
        .await
        .map_err(AppError::internal)?;
    tokio::task::spawn_blocking(move || {
        let done = work();
        drop(permit);
        done
    })
    .await
    .map_err(AppError::internal)?
}

/// A refused image: the message goes with `field`.
pub fn refuse_as(field: &str, message: &str) -> AppError {
    AppError::invalid_field(field, message)
}

/// Checks and re-encodes an uploaded logo; returns PNG bytes and the size.
pub fn process(bytes: &[u8]) -> Result<(Vec<u8>, u32, u32), AppError> {
    process_as(bytes, "logo", LOGO_SIDE)
}

/// Checks and re-encodes an uploaded image, scaled to at most `max_side` on each side; a
/// refusal names `field`. Returns PNG bytes and the size.
pub fn process_as(
    bytes: &[u8],
    field: &str,
    max_side: u32,
) -> Result<(Vec<u8>, u32, u32), AppError> {
    let refuse = |message: &str| refuse_as(field, message);
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(refuse(TOO_LARGE));
    }
    // The bytes decide the format, never the name or the declared type.
    let format =
        image::guess_format(bytes).map_err(|_| refuse("Upload a PNG, JPEG, WebP or GIF image."))?;
    if !matches!(
        format,
        ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP | ImageFormat::Gif
    ) {
        return Err(refuse("Upload a PNG, JPEG, WebP or GIF image."));
    }
    let mut reader = ImageReader::with_format(std::io::Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_INPUT_SIDE);
    limits.max_image_height = Some(MAX_INPUT_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let decoded = reader.decode().map_err(|_| {
        refuse("The image could not be read; it may be damaged or too large (4096 px at most).")
    })?;
    let scaled = if decoded.width() > max_side || decoded.height() > max_side {
        decoded.thumbnail(max_side, max_side)
    } else {
        decoded
    };
    let mut out = Vec::new();
    scaled
        .write_to(&mut std::io::Cursor::new(&mut out), ImageFormat::Png)
        .map_err(AppError::internal)?;
    Ok((out, scaled.width(), scaled.height()))
}

/// A photo as stored: a display size and a thumbnail, both JPEG, with their sizes.
#[derive(Debug)]
pub struct ProcessedPhoto {
    pub full: Vec<u8>,
    pub width: u32,
    pub height: u32,
    pub thumb: Vec<u8>,
    pub thumb_width: u32,
    pub thumb_height: u32,
}

impl ProcessedPhoto {
    /// The two images to store, added by `by` at `now`, and the bytes they take together.
    pub fn into_images(
        self,
        by: Option<UserId>,
        now: muster_core::Timestamp,
    ) -> (ImageRow, ImageRow, i64) {
        let stored = (self.full.len() + self.thumb.len()) as i64;
        let image = |bytes: Vec<u8>, width: u32, height: u32| ImageRow {
            id: ImageId::new(),
            content_type: "image/jpeg".to_owned(),
            bytes,
            width: i32::try_from(width).unwrap_or(0),
            height: i32::try_from(height).unwrap_or(0),
            uploaded_by: by,
            created_at: now,
        };
        (
            image(self.full, self.width, self.height),
            image(self.thumb, self.thumb_width, self.thumb_height),
            stored,
        )
    }
}

/// Checks and re-encodes an uploaded photo (JPEG, PNG or WebP, judged by its bytes): turned
/// upright as its EXIF orientation says, then scaled to at most [`PHOTO_SIDE`] and
/// [`THUMB_SIDE`] and written as new JPEGs, which carry no EXIF (no location, no camera
/// serial). A refusal names `field`.
pub fn process_photo(bytes: &[u8], field: &str) -> Result<ProcessedPhoto, AppError> {
    use image::ImageDecoder;
    let refuse = |message: &str| refuse_as(field, message);
    if bytes.len() > MAX_PHOTO_BYTES {
        return Err(refuse(PHOTO_TOO_LARGE));
    }
    let format = image::guess_format(bytes)
        .ok()
        .filter(|f| matches!(f, ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP))
        .ok_or_else(|| refuse("Upload a JPEG, PNG or WebP photo."))?;
    let unreadable = || {
        refuse(
            "The photo could not be read; it may be damaged or too large (50 megapixels at most).",
        )
    };
    let mut reader = ImageReader::with_format(std::io::Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_PHOTO_INPUT_SIDE);
    limits.max_image_height = Some(MAX_PHOTO_INPUT_SIDE);
    limits.max_alloc = Some(MAX_PHOTO_DECODE_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|_| unreadable())?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut decoded = image::DynamicImage::from_decoder(decoder).map_err(|_| unreadable())?;
    decoded.apply_orientation(orientation);
    let full = if decoded.width() > PHOTO_SIDE || decoded.height() > PHOTO_SIDE {
        decoded.thumbnail(PHOTO_SIDE, PHOTO_SIDE)
    } else {
        decoded
    };
    let thumb = full.thumbnail(THUMB_SIDE, THUMB_SIDE);
    Ok(ProcessedPhoto {
        width: full.width(),
        height: full.height(),
        full: jpeg(&full)?,
        thumb_width: thumb.width(),
        thumb_height: thumb.height(),
        thumb: jpeg(&thumb)?,
    })
}

/// `image` as a baseline JPEG (transparency dropped), with nothing but the pixels.
fn jpeg(image: &image::DynamicImage) -> Result<Vec<u8>, AppError> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, PHOTO_QUALITY)
        .encode_image(&image::DynamicImage::ImageRgb8(image.to_rgb8()))
        .map_err(AppError::internal)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbImage::from_pixel(width, height, image::Rgb([47, 93, 138]));
        let mut out = Vec::new();
        image::DynamicImage::ImageRgb8(image)
            .write_to(&mut std::io::Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn large_images_are_scaled_and_re_encoded() {
        let (bytes, w, h) = process(&png(1200, 600)).unwrap();
        assert_eq!((w, h), (512, 256));
        assert_eq!(image::guess_format(&bytes).unwrap(), ImageFormat::Png);
    }

    #[test]
    fn avatars_are_smaller_and_refusals_name_their_field() {
        let (_, w, h) = process_as(&png(1200, 600), "avatar", AVATAR_SIDE).unwrap();
        assert_eq!((w, h), (256, 128));
        let refused = process_as(b"not an image", "avatar", AVATAR_SIDE).unwrap_err();
        assert_eq!(refused.fields.keys().collect::<Vec<_>>(), ["avatar"]);
    }

    #[test]
    fn non_images_and_lies_are_refused() {
        assert!(process(b"<svg onload=alert(1)></svg>").is_err());
        assert!(
            process(b"GIF89a<script>alert(1)</script>").is_err(),
            "a GIF header on garbage"
        );
        let mut polyglot = png(10, 10);
        polyglot.extend_from_slice(b"<script>alert(1)</script>");
        let (clean, _, _) = process(&polyglot).unwrap();
        assert!(
            !String::from_utf8_lossy(&clean).contains("<script>"),
            "trailing payload dropped"
        );
        assert!(process(&vec![0u8; MAX_UPLOAD_BYTES + 1]).is_err());
    }

    #[test]
    fn photos_are_scaled_with_a_thumbnail_and_gifs_are_not_photos() {
        let p = process_photo(&png(4000, 3000), "photo").unwrap();
        assert_eq!(
            (p.width, p.height, p.thumb_width, p.thumb_height),
            (2048, 1536, 480, 360)
        );
        assert_eq!(image::guess_format(&p.full).unwrap(), ImageFormat::Jpeg);
        assert_eq!(image::guess_format(&p.thumb).unwrap(), ImageFormat::Jpeg);
        let small = process_photo(&png(300, 200), "photo").unwrap();
        assert_eq!(
            (small.width, small.height),
            (300, 200),
            "small photos are not enlarged"
        );
        let mut gif = Vec::new();
        image::DynamicImage::ImageRgb8(image::RgbImage::new(4, 4))
            .write_to(&mut std::io::Cursor::new(&mut gif), ImageFormat::Gif)
            .unwrap();
        let refused = process_photo(&gif, "photos").unwrap_err();
        assert_eq!(
            refused.fields["photos"],
            "Upload a JPEG, PNG or WebP photo."
        );
    }
}
