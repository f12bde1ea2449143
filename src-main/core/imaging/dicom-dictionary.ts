// Names of the DICOM attributes a reviewer looks for most; others show by their tag.
export const DICOM_NAMES: Record<string, string> = {
  '00020010': 'TransferSyntaxUID', '00080005': 'SpecificCharacterSet', '00080008': 'ImageType', '00080016': 'SOPClassUID',
  '00080018': 'SOPInstanceUID', '00080020': 'StudyDate', '00080021': 'SeriesDate', '00080030': 'StudyTime', '00080050': 'AccessionNumber',
  '00080060': 'Modality', '00080070': 'Manufacturer', '00080080': 'InstitutionName', '00080090': 'ReferringPhysicianName',
  '00081030': 'StudyDescription', '0008103e': 'SeriesDescription', '00081090': 'ManufacturerModelName', '00081140': 'ReferencedImageSequence',
  '00081150': 'ReferencedSOPClassUID', '00081155': 'ReferencedSOPInstanceUID', '00100010': 'PatientName', '00100020': 'PatientID',
  '00100030': 'PatientBirthDate', '00100040': 'PatientSex', '00101010': 'PatientAge', '00180015': 'BodyPartExamined',
  '00180050': 'SliceThickness', '00180060': 'KVP', '00180088': 'SpacingBetweenSlices', '00181150': 'ExposureTime',
  '00181164': 'ImagerPixelSpacing', '00185100': 'PatientPosition', '0020000d': 'StudyInstanceUID', '0020000e': 'SeriesInstanceUID',
  '00200010': 'StudyID', '00200011': 'SeriesNumber', '00200013': 'InstanceNumber', '00200032': 'ImagePositionPatient',
  '00200037': 'ImageOrientationPatient', '00200052': 'FrameOfReferenceUID', '00201041': 'SliceLocation', '00280002': 'SamplesPerPixel',
  '00280004': 'PhotometricInterpretation', '00280008': 'NumberOfFrames', '00280010': 'Rows', '00280011': 'Columns',
  '00280030': 'PixelSpacing', '00280100': 'BitsAllocated', '00280101': 'BitsStored', '00280102': 'HighBit',
  '00280103': 'PixelRepresentation', '00281050': 'WindowCenter', '00281051': 'WindowWidth', '00281052': 'RescaleIntercept',
  '00281053': 'RescaleSlope', '00282110': 'LossyImageCompression', '00282112': 'LossyImageCompressionRatio', '7fe00010': 'PixelData',
};
