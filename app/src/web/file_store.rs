//! Where uploaded files are kept: a folder on this server (the embedded
//! default), or an S3-compatible bucket that several servers share. Files
//! are named by random hexadecimal keys that the portal chooses, so nothing a
//! request sends ever becomes part of a path.

use axum::body::Bytes;
use futures_util::stream::{BoxStream, StreamExt, TryStreamExt};
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as ObjectPath;
use object_store::{GetOptions, ObjectStore, ObjectStoreExt, WriteMultipart};
use std::fmt;
use std::io::{ErrorKind, SeekFrom};
use std::ops::Range;
use std::path::PathBuf;
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};

#[derive(Debug, thiserror::Error)]
pub enum FileStoreError {
    #[error("no file is stored under this key")]
    NotFound,
    #[error("{0:?} is not a stored file's key")]
    BadKey(String),
    #[error("the document folder could not be read or written: {0}")]
    Folder(#[from] std::io::Error),
    #[error("the document bucket could not be reached: {0}")]
    Bucket(#[from] object_store::Error),
}

/// How to reach an S3-compatible bucket (`PORTAL_S3_*`).
#[derive(Clone, PartialEq, Eq)]
pub struct S3Settings {
    /// `http://` or `https://` address of the service; AWS itself when `None`.
    pub endpoint: Option<String>,
    pub bucket: String,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
}

/// Never prints the secret key.
impl fmt::Debug for S3Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("S3Settings")
            .field("endpoint", &self.endpoint)
            .field("bucket", &self.bucket)
            .field("region", &self.region)
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"…")
            .finish()
    }
}

pub enum FileStore {
    /// One file per key in this folder, outside the web root.
    Folder(PathBuf),
    /// One object per key at the top of the bucket.
    Bucket(Box<AmazonS3>),
}

impl FileStore {
    /// A bucket store; fails only on settings the client cannot use (it connects on first use).
    pub fn s3(settings: &S3Settings) -> Result<Self, FileStoreError> {
        let mut builder = AmazonS3Builder::new()
            .with_bucket_name(&settings.bucket)
            .with_region(&settings.region)
            .with_access_key_id(&settings.access_key_id)
            .with_secret_access_key(&settings.secret_access_key);
        if let Some(endpoint) = &settings.endpoint {
            // Plain HTTP only when the operator names an http:// endpoint (a store on the same
            // machine or private network, or a test server).
            builder = builder
                .with_allow_http(endpoint.starts_with("http://"))
                .with_endpoint(endpoint);
        }
        Ok(FileStore::Bucket(Box::new(builder.build()?)))
    }

    /// Stores `bytes` under `key`, whole or not at all.
    pub async fn put(&self, key: &str, bytes: Vec<u8>) -> Result<(), FileStoreError> {
        let key = checked(key)?;
        match self {
            FileStore::Folder(dir) => {
                // Written under a temporary name, then renamed, so a crash never leaves half
                // a file under a real name. (An S3 upload is whole or absent by itself.)
                tokio::fs::create_dir_all(dir).await?;
                let partial = dir.join(format!("{key}.partial"));
                tokio::fs::write(&partial, bytes).await?;
                tokio::fs::rename(&partial, dir.join(key)).await?;
            }
            FileStore::Bucket(bucket) => {
                bucket.put(&ObjectPath::from(key), bytes.into()).await?;
            }
        }
        Ok(())
    }

    /// The bytes stored under `key`.
    pub async fn get(&self, key: &str) -> Result<Bytes, FileStoreError> {
        let key = checked(key)?;
        match self {
            FileStore::Folder(dir) => match tokio::fs::read(dir.join(key)).await {
                Ok(bytes) => Ok(Bytes::from(bytes)),
                Err(error) if error.kind() == ErrorKind::NotFound => Err(FileStoreError::NotFound),
                Err(error) => Err(error.into()),
            },
            FileStore::Bucket(bucket) => match bucket.get(&ObjectPath::from(key)).await {
                Ok(found) => Ok(found.bytes().await?),
                Err(object_store::Error::NotFound { .. }) => Err(FileStoreError::NotFound),
                Err(error) => Err(error.into()),
            },
        }
    }

    /// A file stored piece by piece as it arrives (large uploads are never
    /// held whole in memory): in a folder it is written to `KEY.partial` and
    /// renamed when finished; in a bucket it is a multipart upload. Until
    /// [`FileWriter::finish`] nothing is stored under `key`, and
    /// [`FileWriter::abort`] (or dropping the writer) leaves nothing behind.
    pub async fn writer(&self, key: &str) -> Result<FileWriter, FileStoreError> {
        let key = checked(key)?;
        let sink = match self {
            FileStore::Folder(dir) => {
                tokio::fs::create_dir_all(dir).await?;
                let partial = dir.join(format!("{key}.partial"));
                let file = tokio::fs::File::create(&partial).await?;
                Sink::Folder {
                    file,
                    partial,
                    whole: dir.join(key),
                }
            }
            FileStore::Bucket(bucket) => {
                let upload = ObjectStoreExt::put_multipart(bucket.as_ref(), &ObjectPath::from(key)).await?;
                Sink::Bucket(Box::new(WriteMultipart::new(upload)))
            }
        };
        Ok(FileWriter {
            sink: Some(sink),
            written: 0,
        })
    }

    /// The size in bytes of what is stored under `key`.
    pub async fn len(&self, key: &str) -> Result<u64, FileStoreError> {
        let key = checked(key)?;
        match self {
            FileStore::Folder(dir) => match tokio::fs::metadata(dir.join(key)).await {
                Ok(meta) => Ok(meta.len()),
                Err(error) if error.kind() == ErrorKind::NotFound => Err(FileStoreError::NotFound),
                Err(error) => Err(error.into()),
            },
            FileStore::Bucket(bucket) => match bucket.head(&ObjectPath::from(key)).await {
                Ok(meta) => Ok(meta.size),
                Err(object_store::Error::NotFound { .. }) => Err(FileStoreError::NotFound),
                Err(error) => Err(error.into()),
            },
        }
    }

    /// The bytes `range` of what is stored under `key`, as a stream of
    /// pieces (a video is never read whole into memory).
    pub async fn read_range(
        &self,
        key: &str,
        range: Range<u64>,
    ) -> Result<BoxStream<'static, Result<Bytes, FileStoreError>>, FileStoreError> {
        let key = checked(key)?;
        match self {
            FileStore::Folder(dir) => {
                let mut file = match tokio::fs::File::open(dir.join(key)).await {
                    Ok(file) => file,
                    Err(error) if error.kind() == ErrorKind::NotFound => {
                        return Err(FileStoreError::NotFound)
                    }
                    Err(error) => return Err(error.into()),
                };
                file.seek(SeekFrom::Start(range.start)).await?;
                let left = range.end.saturating_sub(range.start);
                Ok(futures_util::stream::try_unfold((file, left), read_piece).boxed())
            }
            FileStore::Bucket(bucket) => {
                let options = GetOptions::new().with_range(Some(range));
                let found = match bucket.get_opts(&ObjectPath::from(key), options).await {
                    Ok(found) => found,
                    Err(object_store::Error::NotFound { .. }) => return Err(FileStoreError::NotFound),
                    Err(error) => return Err(error.into()),
                };
                Ok(found.into_stream().map_err(FileStoreError::from).boxed())
            }
        }
    }

    /// Removes what is stored under `key`; a file already gone is not an error.
    pub async fn delete(&self, key: &str) -> Result<(), FileStoreError> {
        let key = checked(key)?;
        match self {
            FileStore::Folder(dir) => match tokio::fs::remove_file(dir.join(key)).await {
                Err(error) if error.kind() == ErrorKind::NotFound => Ok(()),
                other => other.map_err(FileStoreError::from),
            },
            FileStore::Bucket(bucket) => match bucket.delete(&ObjectPath::from(key)).await {
                Err(object_store::Error::NotFound { .. }) => Ok(()),
                other => other.map_err(FileStoreError::from),
            },
        }
    }
}

/// How much of a file one piece of a download holds.
const READ_PIECE: u64 = 64 * 1024;

/// The next piece of a file being read, with what is left after it.
async fn read_piece(
    (mut file, left): (tokio::fs::File, u64),
) -> Result<Option<(Bytes, (tokio::fs::File, u64))>, FileStoreError> {
    if left == 0 {
        return Ok(None);
    }
    let mut buffer = vec![0; READ_PIECE.min(left) as usize];
    let read = file.read(&mut buffer).await?;
    if read == 0 {
        return Ok(None);
    }
    buffer.truncate(read);
    Ok(Some((Bytes::from(buffer), (file, left - read as u64))))
}

enum Sink {
    Folder {
        file: tokio::fs::File,
        partial: PathBuf,
        whole: PathBuf,
    },
    Bucket(Box<WriteMultipart>),
}

/// A file being stored as it arrives (see [`FileStore::writer`]).
pub struct FileWriter {
    sink: Option<Sink>,
    written: u64,
}

impl FileWriter {
    /// Bytes written so far.
    pub fn written(&self) -> u64 {
        self.written
    }

    pub async fn write(&mut self, piece: Bytes) -> Result<(), FileStoreError> {
        let length = piece.len() as u64;
        match &mut self.sink {
            Some(Sink::Folder { file, .. }) => file.write_all(&piece).await?,
            Some(Sink::Bucket(upload)) => {
                // At most two parts in flight: memory stays a few parts' worth.
                upload.wait_for_capacity(2).await?;
                upload.put(piece);
            }
            None => {}
        }
        self.written += length;
        Ok(())
    }

    /// Stores the file under its key, whole.
    pub async fn finish(mut self) -> Result<(), FileStoreError> {
        match self.sink.take() {
            Some(Sink::Folder {
                mut file,
                partial,
                whole,
            }) => {
                let done = async {
                    file.flush().await?;
                    file.sync_all().await?;
                    drop(file);
                    tokio::fs::rename(&partial, &whole).await
                };
                if let Err(error) = done.await {
                    let _ = tokio::fs::remove_file(&partial).await;
                    return Err(error.into());
                }
            }
            Some(Sink::Bucket(upload)) => {
                upload.finish().await?;
            }
            None => {}
        }
        Ok(())
    }

    /// Stops: whatever was written is removed.
    pub async fn abort(mut self) {
        match self.sink.take() {
            Some(Sink::Folder { file, partial, .. }) => {
                drop(file);
                if let Err(error) = tokio::fs::remove_file(&partial).await {
                    tracing::warn!(%error, "a partly stored file could not be removed");
                }
            }
            Some(Sink::Bucket(upload)) => {
                if let Err(error) = upload.abort().await {
                    tracing::warn!(%error, "a multipart upload could not be aborted");
                }
            }
            None => {}
        }
    }
}

/// A writer dropped unfinished (the request was cancelled) leaves no partial
/// file in the folder. (An unfinished multipart upload is never an object;
/// the bucket's lifecycle rule clears its parts.)
impl Drop for FileWriter {
    fn drop(&mut self) {
        if let Some(Sink::Folder { partial, .. }) = &self.sink {
            let _ = std::fs::remove_file(partial);
        }
    }
}

/// Keys are the portal's own random hexadecimal names; anything else could
/// reach outside the folder or the bucket's top level.
fn checked(key: &str) -> Result<&str, FileStoreError> {
    match !key.is_empty() && key.chars().all(|c| c.is_ascii_hexdigit()) {
        true => Ok(key),
        false => Err(FileStoreError::BadKey(key.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> (tempfile::TempDir, FileStore) {
        let dir = tempfile::tempdir().expect("temporary folder");
        let store = FileStore::Folder(dir.path().join("uploads"));
        (dir, store)
    }

    #[tokio::test]
    async fn a_folder_keeps_files_under_their_keys() {
        let (dir, store) = folder();
        store.put("00ff", b"%PDF".to_vec()).await.expect("stored");
        assert_eq!(store.get("00ff").await.expect("read").as_ref(), b"%PDF");
        assert!(dir.path().join("uploads/00ff").is_file());
        store.delete("00ff").await.expect("deleted");
        assert!(matches!(store.get("00ff").await, Err(FileStoreError::NotFound)));
        store.delete("00ff").await.expect("gone already is fine");
    }

    #[tokio::test]
    async fn keys_that_could_name_a_path_are_refused() {
        let (_dir, store) = folder();
        for key in ["", "../secret", "ab/cd", "abc.partial", "ABCDEFG"] {
            assert!(
                matches!(store.put(key, Vec::new()).await, Err(FileStoreError::BadKey(_))),
                "{key}"
            );
            assert!(
                matches!(store.get(key).await, Err(FileStoreError::BadKey(_))),
                "{key}"
            );
            assert!(
                matches!(store.delete(key).await, Err(FileStoreError::BadKey(_))),
                "{key}"
            );
        }
    }

    #[tokio::test]
    async fn a_streamed_file_is_stored_when_finished_and_nothing_is_left_when_aborted() {
        let (dir, store) = folder();
        let mut writer = store.writer("0a").await.expect("writer");
        writer
            .write(Bytes::from_static(b"WEBVTT\n"))
            .await
            .expect("written");
        writer.write(Bytes::from_static(b"\n")).await.expect("written");
        assert_eq!(writer.written(), 8);
        assert!(dir.path().join("uploads/0a.partial").is_file());
        assert!(matches!(store.get("0a").await, Err(FileStoreError::NotFound)));
        writer.finish().await.expect("finished");
        assert_eq!(store.get("0a").await.expect("read").as_ref(), b"WEBVTT\n\n");
        assert!(!dir.path().join("uploads/0a.partial").exists());
        assert_eq!(store.len("0a").await.expect("size"), 8);
        let part: Vec<Bytes> = store
            .read_range("0a", 2..6)
            .await
            .expect("stream")
            .try_collect()
            .await
            .expect("read");
        assert_eq!(part.concat(), b"BVTT");

        let mut stopped = store.writer("0b").await.expect("writer");
        stopped.write(Bytes::from_static(b"PK")).await.expect("written");
        stopped.abort().await;
        let dropped = store.writer("0c").await.expect("writer");
        drop(dropped);
        let left: Vec<_> = std::fs::read_dir(dir.path().join("uploads"))
            .expect("folder")
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(left, ["0a"]);
    }

    #[test]
    fn settings_never_print_the_secret_key() {
        let settings = S3Settings {
            endpoint: Some("http://127.0.0.1:9000".into()),
            bucket: "documents".into(),
            region: "us-east-1".into(),
            access_key_id: "portal".into(),
            secret_access_key: "s3cret".into(),
        };
        assert!(!format!("{settings:?}").contains("s3cret"));
        assert!(FileStore::s3(&settings).is_ok());
    }
}
