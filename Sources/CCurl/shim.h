// Typed doors into libcurl for Swift.
//
// `curl_easy_setopt` and `curl_easy_getinfo` are variadic C functions, which Swift cannot call, and a
// few of curl's constants are macros with casts that Swift does not import. Each shim below fixes the
// argument type, so the Swift side stays type-checked.
#ifndef CCURL_SHIM_H
#define CCURL_SHIM_H

#include <curl/curl.h>

/// A write, read or header callback: `size * nmemb` bytes at `buffer`, `userdata` as set with the
/// matching `*DATA` option.
typedef size_t (*ccurl_data_callback)(char *buffer, size_t size, size_t nmemb, void *userdata);

static inline CURLcode ccurl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ccurl_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

/// curl copies strings set this way (since 7.17), so the Swift string may go away afterwards.
static inline CURLcode ccurl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ccurl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

/// curl does not copy lists: the list must outlive the transfer.
static inline CURLcode ccurl_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ccurl_setopt_write_function(CURL *handle, ccurl_data_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, callback);
}

static inline CURLcode ccurl_setopt_read_function(CURL *handle, ccurl_data_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_READFUNCTION, callback);
}

static inline CURLcode ccurl_setopt_header_function(CURL *handle, ccurl_data_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, callback);
}

static inline CURLcode ccurl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode ccurl_global_init_default(void) {
    return curl_global_init(CURL_GLOBAL_DEFAULT);
}

static inline long ccurl_auth_basic(void) { return (long)CURLAUTH_BASIC; }

/// The size of the buffer `CURLOPT_ERRORBUFFER` writes its message into.
static inline size_t ccurl_error_size(void) { return CURL_ERROR_SIZE; }

#endif
