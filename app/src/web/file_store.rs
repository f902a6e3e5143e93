//! Where uploaded files are kept: a folder on this server (the embedded
//! default), or an S3-compatible bucket that several servers share. Files
//! are named by random hexadecimal keys that the portal chooses, so nothing a
//! request sends ever becomes part of a path.

use axum::body::Bytes;
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as ObjectPath;
use object_store::ObjectStoreExt;
use std::fmt;
use std::io::ErrorKind;
use std::path::PathBuf;

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
