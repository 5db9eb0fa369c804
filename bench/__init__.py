"""The benchmark: does Vliegwiel start and save as fast as Textual allows? (`python -m bench`)"""
