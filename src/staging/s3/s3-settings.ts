/**
 * How to reach S3 or an S3-compatible store. Credentials are not here: they come from the AWS
 * SDK's standard chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, ~/.aws/credentials and
 * ~/.aws/config, AWS_PROFILE, SSO, instance roles).
 */
export interface S3Settings {
  /** `http(s)://host:port` of an S3-compatible store; AWS's endpoint when absent. */
  readonly endpoint?: string;
  /** Bucket in the path (`host/bucket/key`) instead of the host name; on by default with a custom endpoint. */
  readonly pathStyle?: boolean;
  readonly region?: string;
}
