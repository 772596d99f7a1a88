-- The member agencies of the province: the source of agency names and of round membership.
-- Keycloak's agency groups carry the same codes (AgencyRegistryMatchesRealmTest keeps them in step).
CREATE TABLE agency (
    code        VARCHAR(40)  PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{2,40}$'),
    name        VARCHAR(300) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    kind        VARCHAR(10)  NOT NULL CHECK (kind IN ('SO', 'BAN', 'NGANH', 'HUYEN')),
    parent_code VARCHAR(40)  REFERENCES agency (code)
);

INSERT INTO agency (code, name, sort_order, kind) VALUES
    ('SNV', 'Sở Nội vụ', 1, 'SO'),
    ('STC', 'Sở Tài chính', 2, 'SO'),
    ('SKHDT', 'Sở Kế hoạch và Đầu tư', 3, 'SO'),
    ('STP', 'Sở Tư pháp', 4, 'SO'),
    ('SCT', 'Sở Công Thương', 5, 'SO'),
    ('SGDDT', 'Sở Giáo dục và Đào tạo', 6, 'SO'),
    ('SYT', 'Sở Y tế', 7, 'SO'),
    ('SLDTBXH', 'Sở Lao động - Thương binh và Xã hội', 8, 'SO'),
    ('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 9, 'SO'),
    ('STNMT', 'Sở Tài nguyên và Môi trường', 10, 'SO'),
    ('STTTT', 'Sở Thông tin và Truyền thông', 11, 'SO'),
    ('SGTVT', 'Sở Giao thông vận tải', 12, 'SO'),
    ('SXD', 'Sở Xây dựng', 13, 'SO'),
    ('SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 14, 'SO'),
    ('SKHCN', 'Sở Khoa học và Công nghệ', 15, 'SO'),
    ('TTT', 'Thanh tra tỉnh', 16, 'NGANH'),
    ('VPUBND', 'Văn phòng UBND tỉnh', 17, 'NGANH'),
    ('BDT', 'Ban Dân tộc', 18, 'BAN'),
    ('BQLKKT', 'Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi', 19, 'BAN'),
    ('TPQN', 'UBND thành phố Quảng Ngãi', 20, 'HUYEN'),
    ('DUCPHO', 'UBND thị xã Đức Phổ', 21, 'HUYEN'),
    ('BINHSON', 'UBND huyện Bình Sơn', 22, 'HUYEN'),
    ('SONTINH', 'UBND huyện Sơn Tịnh', 23, 'HUYEN'),
    ('TUNGHIA', 'UBND huyện Tư Nghĩa', 24, 'HUYEN'),
    ('NGHIAHANH', 'UBND huyện Nghĩa Hành', 25, 'HUYEN'),
    ('MODUC', 'UBND huyện Mộ Đức', 26, 'HUYEN'),
    ('MINHLONG', 'UBND huyện Minh Long', 27, 'HUYEN'),
    ('SONHA', 'UBND huyện Sơn Hà', 28, 'HUYEN'),
    ('SONTAY', 'UBND huyện Sơn Tây', 29, 'HUYEN'),
    ('TRABONG', 'UBND huyện Trà Bồng', 30, 'HUYEN'),
    ('BATO', 'UBND huyện Ba Tơ', 31, 'HUYEN'),
    ('LYSON', 'UBND huyện Lý Sơn', 32, 'HUYEN');
